using ResourceService.Application.Common.Paging;
using ResourceService.Application.Resources.ListResources;

namespace ResourceService.Application.UnitTests.Resources.ListResources;

public sealed class ResourceCursorTests
{
    private const string Tenant = "acme";
    private static readonly DateTime CreatedAt = new(2026, 12, 1, 10, 30, 15, 123, 456, DateTimeKind.Utc);

    private static readonly ResourceListCriteria ByName = new(null, 20, "room", ResourceSortField.Name, Descending: false);

    [TestCase(ResourceSortField.Id, false)]
    [TestCase(ResourceSortField.Name, true)]
    [TestCase(ResourceSortField.CreatedAt, false)]
    public void Decode_OfAnIssuedCursor_ReturnsThePositionItWasIssuedFor(ResourceSortField sortBy, bool descending)
    {
        var criteria = ByName with { SortBy = sortBy, Descending = descending };
        var position = new ResourcePosition(42, "meeting room ✓", CreatedAt);

        var decoded = ResourceCursor.Decode(ResourceCursor.Encode(position, criteria, Tenant), criteria, Tenant);

        Assert.That(decoded, Is.EqualTo(sortBy switch
        {
            ResourceSortField.Name => new ResourcePosition(42, NameKey: "meeting room ✓"),
            ResourceSortField.CreatedAt => new ResourcePosition(42, CreatedAt: CreatedAt),
            _ => new ResourcePosition(42),
        }));
    }

    [Test]
    public void Decode_OfACursorWithOneCharacterChanged_ReturnsNull()
    {
        var cursor = ResourceCursor.Encode(new ResourcePosition(42, "room"), ByName, Tenant);
        var tampered = (cursor[5] == 'A' ? "B" : "A") is var replacement ? cursor[..5] + replacement + cursor[6..] : cursor;

        Assert.That(ResourceCursor.Decode(tampered, ByName, Tenant), Is.Null);
    }

    [Test]
    public void Decode_OfACursorIssuedForAnotherTenant_ReturnsNull()
    {
        var cursor = ResourceCursor.Encode(new ResourcePosition(42, "room"), ByName, "globex");

        Assert.That(ResourceCursor.Decode(cursor, ByName, Tenant), Is.Null);
    }

    [Test]
    public void Decode_OfACursorIssuedForAnotherFilter_ReturnsNull()
    {
        var cursor = ResourceCursor.Encode(new ResourcePosition(42, "room"), ByName with { NameKey = "hall" }, Tenant);

        Assert.That(ResourceCursor.Decode(cursor, ByName, Tenant), Is.Null);
    }

    [TestCase(ResourceSortField.Name, true)]
    [TestCase(ResourceSortField.Id, false)]
    public void Decode_OfACursorIssuedForAnotherSort_ReturnsNull(ResourceSortField sortBy, bool descending)
    {
        var cursor = ResourceCursor.Encode(new ResourcePosition(42, "room", CreatedAt), ByName with { SortBy = sortBy, Descending = descending }, Tenant);

        Assert.That(ResourceCursor.Decode(cursor, ByName, Tenant), Is.Null);
    }

    [TestCase("")]
    [TestCase("not base64!")]
    [TestCase("AAAA")]
    public void Decode_OfTextThatNoCursorIs_ReturnsNull(string cursor)
    {
        Assert.That(ResourceCursor.Decode(cursor, ByName, Tenant), Is.Null);
    }

    [Test]
    public void Decode_OfTextLongerThanAnyCursor_ReturnsNull()
    {
        Assert.That(ResourceCursor.Decode(new string('A', ListCursor.MaxLength + 1), ByName, Tenant), Is.Null);
    }

    [Test]
    public void TheCursorOfTheLongestNameKey_StaysWithinTheDocumentedLengthAndDecodes()
    {
        // 255 code points outside the Basic Multilingual Plane: four bytes of UTF-8 each, the longest key there is.
        var longest = string.Concat(Enumerable.Repeat("😀", 255));
        var cursor = ResourceCursor.Encode(new ResourcePosition(int.MaxValue, longest), ByName, Tenant);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(cursor, Has.Length.LessThanOrEqualTo(ListCursor.MaxLength));
            Assert.That(ResourceCursor.Decode(cursor, ByName, Tenant), Is.EqualTo(new ResourcePosition(int.MaxValue, NameKey: longest)));
        }
    }
}
