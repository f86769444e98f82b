using System.Buffers.Text;
using ResourceService.Application.Common.Paging;

namespace ResourceService.Application.UnitTests.Common.Paging;

// The shared cursor, as any module's list uses it: an id and a sort key, sealed to a tenant and a binding.
public sealed class ListCursorTests
{
    private const string Tenant = "acme";
    private const string Binding = "newest first\0entityType=resource";
    private static readonly byte[] Key = [1, 2, 3];

    [Test]
    public void Decode_OfAnIssuedCursor_ReturnsItsIdAndKey()
    {
        var decoded = ListCursor.Decode(ListCursor.Encode(42, Key, Tenant, Binding), Tenant, Binding);

        Assert.That(decoded?.Id, Is.EqualTo(42));
        Assert.That(decoded?.Key, Is.EqualTo(Key));
    }

    [Test]
    public void Decode_OfACursorWithoutAKey_ReturnsAnEmptyKey()
    {
        var decoded = ListCursor.Decode(ListCursor.Encode(-7, [], Tenant, Binding), Tenant, Binding);

        Assert.That((decoded?.Id, decoded?.Key), Is.EqualTo(((int?)-7, Array.Empty<byte>())));
    }

    [TestCase("globex", Binding)]
    [TestCase(Tenant, "oldest first\0entityType=resource")]
    public void Decode_ForAnotherTenantOrBinding_ReturnsNull(string tenant, string binding)
    {
        var cursor = ListCursor.Encode(42, Key, Tenant, Binding);

        Assert.That(ListCursor.Decode(cursor, tenant, binding), Is.Null);
    }

    // The tenant and the binding are sealed as one text; moving the separator must not make another valid pair.
    [Test]
    public void Decode_WithTheTenantAndBindingSplitElsewhere_ReturnsNull()
    {
        var cursor = ListCursor.Encode(42, Key, "ac", "me\0x");

        Assert.That(ListCursor.Decode(cursor, "acme", "x"), Is.Null);
    }

    [Test]
    public void Decode_OfATokenOfAnotherFormatVersion_ReturnsNull()
    {
        var token = Base64Url.DecodeFromChars(ListCursor.Encode(42, Key, Tenant, Binding));
        token[0] = 2;

        Assert.That(ListCursor.Decode(Base64Url.EncodeToString(token), Tenant, Binding), Is.Null);
    }

    [Test]
    public void Encode_OfTheLongestKey_StaysWithinMaxLengthAndDecodes()
    {
        var longest = Enumerable.Repeat((byte)0xFF, ListCursor.MaxKeyBytes).ToArray();

        var cursor = ListCursor.Encode(int.MaxValue, longest, Tenant, Binding);

        Assert.That(cursor, Has.Length.EqualTo(ListCursor.MaxLength));
        Assert.That(ListCursor.Decode(cursor, Tenant, Binding)?.Key, Is.EqualTo(longest));
    }

    [Test]
    public void Encode_OfAKeyLongerThanAnyCursorHolds_Throws()
    {
        var tooLong = new byte[ListCursor.MaxKeyBytes + 1];

        Assert.That(() => ListCursor.Encode(1, tooLong, Tenant, Binding), Throws.ArgumentException);
    }

    [TestCase("")]
    [TestCase("not base64!")]
    [TestCase("AAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void Decode_OfTextThatNoCursorIs_ReturnsNull(string cursor)
    {
        Assert.That(ListCursor.Decode(cursor, Tenant, Binding), Is.Null);
    }

    [Test]
    public void Decode_OfTextLongerThanAnyCursor_ReturnsNull()
    {
        Assert.That(ListCursor.Decode(new string('A', ListCursor.MaxLength + 1), Tenant, Binding), Is.Null);
    }
}
