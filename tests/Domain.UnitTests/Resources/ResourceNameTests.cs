using ResourceService.Domain.Common;
using ResourceService.Domain.Resources;

namespace ResourceService.Domain.UnitTests.Resources;

public sealed class ResourceNameTests
{
    [TestCase("Printer", "Printer")]
    [TestCase("  Printer  ", "Printer")]
    [TestCase("\t Printer \r\n", "Printer")]
    [TestCase("Second  floor", "Second  floor")]
    public void Normalize_WhenNameIsValid_ReturnsItTrimmed(string name, string expected)
    {
        var result = ResourceName.Normalize(name);

        Assert.That(result.Value, Is.EqualTo(expected));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase("\t\r\n ")]
    public void Normalize_WhenNameIsBlank_ReturnsRequiredError(string? name)
    {
        var result = ResourceName.Normalize(name);

        AssertNameError(result, "required");
    }

    [Test]
    public void Normalize_WhenNameHasExactlyMaxLength_AcceptsIt()
    {
        var name = new string('a', ResourceName.MaxLength);

        var result = ResourceName.Normalize(name);

        Assert.That(result.Value, Is.EqualTo(name));
    }

    [Test]
    public void Normalize_WhenNameHasMaxLengthAfterTrim_AcceptsIt()
    {
        var name = new string('a', ResourceName.MaxLength);

        var result = ResourceName.Normalize($"  {name}  ");

        Assert.That(result.Value, Is.EqualTo(name));
    }

    [Test]
    public void Normalize_WhenNameIsOneCharacterTooLong_ReturnsLengthError()
    {
        var result = ResourceName.Normalize(new string('a', ResourceName.MaxLength + 1));

        AssertNameError(result, "at most 255 characters");
    }

    [Test]
    public void MaxLength_Is255()
    {
        Assert.That(ResourceName.MaxLength, Is.EqualTo(255));
    }

    [TestCase("a\u0000b")]
    [TestCase("\u0000")]
    [TestCase("a\tb")]
    [TestCase("a\nb")]
    [TestCase("a\rb")]
    [TestCase("a\u007fb")]
    [TestCase("a\u001bb")]
    [TestCase("a\u009fb")]
    public void Normalize_WhenNameContainsControlCharacter_ReturnsControlCharacterError(string name)
    {
        var result = ResourceName.Normalize(name);

        AssertNameError(result, "control characters");
    }

    [TestCase("Ünïcødé 名前 🚀")]
    [TestCase("שלום עולם")]
    [TestCase("Family 👨\u200d👩\u200d👧")]
    [TestCase("<script>alert('x')</script>")]
    [TestCase("&lt;b&gt; &amp; \"quoted\"")]
    [TestCase("Robert'); DROP TABLE resource;--")]
    [TestCase("100% _wild_ [chars] \\ / ?")]
    [TestCase("x")]
    public void Normalize_WhenNameIsPrintableText_AcceptsItVerbatim(string name)
    {
        var result = ResourceName.Normalize(name);

        Assert.That(result.Value, Is.EqualTo(name));
    }

    [TestCase("Printer", "printer")]
    [TestCase("ÄÖÜ Straße", "äöü straße")]
    [TestCase("already lower", "already lower")]
    public void SearchKey_LowerCasesTheName(string name, string expected)
    {
        Assert.That(ResourceName.SearchKey(name), Is.EqualTo(expected));
    }

    [Test]
    [SetCulture("tr-TR")]
    public void SearchKey_UnderTurkishCulture_LowerCasesInvariantly()
    {
        Assert.That(ResourceName.SearchKey("TITLE"), Is.EqualTo("title"));
    }

    private static void AssertNameError(Result<string> result, string messagePart)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.IsSuccess, Is.False);
            Assert.That(result.Error?.Kind, Is.EqualTo(ErrorKind.Validation));
            Assert.That(result.Error?.Fields, Does.ContainKey(ResourceName.Field));
        }

        Assert.That(result.Error!.Fields![ResourceName.Field], Has.One.Contains(messagePart));
    }
}
