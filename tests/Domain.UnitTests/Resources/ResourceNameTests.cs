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
    public void Normalize_WhenNameIsMaxLengthAstralCharacters_AcceptsItAsTheSchemaDoes()
    {
        // 255 emoji: 255 code points, as JSON Schema's maxLength counts them, but 510 UTF-16 units.
        var name = string.Concat(Enumerable.Repeat("\U0001F600", ResourceName.MaxLength));

        var result = ResourceName.Normalize(name);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Value, Is.EqualTo(name));
            Assert.That(name, Has.Length.EqualTo(ResourceName.MaxUtf16Length));
        }
    }

    [Test]
    public void Normalize_WhenNameIsOneAstralCharacterTooLong_ReturnsLengthError()
    {
        var result = ResourceName.Normalize(string.Concat(Enumerable.Repeat("\U0001F600", ResourceName.MaxLength + 1)));

        AssertNameError(result, "at most 255 characters");
    }

    [TestCase("abc", 3)]
    [TestCase("\U0001F600\U0001F600", 2)]
    [TestCase("e\u0301", 2)]
    public void LengthOf_CountsCodePoints(string text, int expected)
    {
        Assert.That(ResourceName.LengthOf(text), Is.EqualTo(expected));
    }

    [Test]
    public void LengthOf_CountsALoneSurrogateAsOne()
    {
        // Built in code: an attribute argument cannot carry a lone surrogate intact.
        var text = "a" + (char)0xD800;

        Assert.That(ResourceName.LengthOf(text), Is.EqualTo(2));
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
