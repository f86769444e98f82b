using ResourceService.Application.Common.Idempotency;
using ResourceService.Domain.Common;

namespace ResourceService.Application.UnitTests.Common.Idempotency;

public sealed class IdempotencyKeyTests
{
    private const string EveryVisibleAsciiCharacter =
        "!\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";

    public static IEnumerable<TestCaseData> ValidKeys()
    {
        yield return new TestCaseData("k").SetArgDisplayNames("one character");
        yield return new TestCaseData("!").SetArgDisplayNames("lowest visible character");
        yield return new TestCaseData("~").SetArgDisplayNames("highest visible character");
        yield return new TestCaseData("5b6f3c1e-8a2d-4f7b-9c0e-1d2a3b4c5d6e").SetArgDisplayNames("uuid");
        yield return new TestCaseData(EveryVisibleAsciiCharacter).SetArgDisplayNames("every visible ASCII character");
        yield return new TestCaseData(new string('k', 255)).SetArgDisplayNames("255 characters");
    }

    public static IEnumerable<TestCaseData> InvalidKeys()
    {
        yield return new TestCaseData("").SetArgDisplayNames("empty");
        yield return new TestCaseData(new string('k', 256)).SetArgDisplayNames("256 characters");
        yield return new TestCaseData(" ").SetArgDisplayNames("space");
        yield return new TestCaseData("two words").SetArgDisplayNames("inner space");
        yield return new TestCaseData(" key").SetArgDisplayNames("leading space");
        yield return new TestCaseData("key\t").SetArgDisplayNames("tab");
        yield return new TestCaseData("key\u0000").SetArgDisplayNames("NUL");
        yield return new TestCaseData("key\r\nX-Injected: 1").SetArgDisplayNames("line break");
        yield return new TestCaseData("key\u007f").SetArgDisplayNames("DEL");
        yield return new TestCaseData("schlüssel").SetArgDisplayNames("Latin-1 letter");
        yield return new TestCaseData("key\u00a0").SetArgDisplayNames("no-break space");
        yield return new TestCaseData("ключ").SetArgDisplayNames("Cyrillic");
        yield return new TestCaseData("key🔑").SetArgDisplayNames("emoji");
        yield return new TestCaseData("ｋｅｙ").SetArgDisplayNames("full-width letters");
    }

    [TestCaseSource(nameof(ValidKeys))]
    public void Validate_WhenKeyIsOneTo255VisibleAsciiCharacters_AcceptsIt(string key)
    {
        Assert.That(IdempotencyKey.Validate(key), Is.Null);
    }

    [TestCaseSource(nameof(InvalidKeys))]
    public void Validate_WhenKeyIsNotOneTo255VisibleAsciiCharacters_ReturnsValidationErrorKeyedByTheHeader(string key)
    {
        var error = IdempotencyKey.Validate(key);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error?.Kind, Is.EqualTo(ErrorKind.Validation));
            Assert.That(error?.Code, Is.EqualTo("validation_failed"));
            Assert.That(error?.Fields?.Keys, Is.EquivalentTo(new[] { "Idempotency-Key" }));
        }
    }

    [Test]
    public void Validate_WhenKeyIsInvalid_TellsTheCallerTheRule()
    {
        var error = IdempotencyKey.Validate(" ");

        Assert.That(error?.Fields?["Idempotency-Key"], Is.EqualTo(new[] { "The key must be 1 to 255 visible ASCII characters." }));
    }

    [Test]
    public void Header_IsTheIdempotencyKeyHeaderName()
    {
        Assert.That(IdempotencyKey.Header, Is.EqualTo("Idempotency-Key"));
    }

    [Test]
    public void MaxLength_Is255()
    {
        Assert.That(IdempotencyKey.MaxLength, Is.EqualTo(255));
    }

    // PRD FR-16: a retry within 24 hours gets the first answer again.
    [Test]
    public void Retention_Is24Hours()
    {
        Assert.That(IdempotencyKey.Retention, Is.EqualTo(TimeSpan.FromHours(24)));
    }
}
