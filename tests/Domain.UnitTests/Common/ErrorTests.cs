using ResourceService.Domain.Common;

namespace ResourceService.Domain.UnitTests.Common;

public sealed class ErrorTests
{
    [Test]
    public void Validation_ForOneField_KeysTheMessageByTheField()
    {
        var error = Error.Validation("name", "The name is required.");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Kind, Is.EqualTo(ErrorKind.Validation));
            Assert.That(error.Code, Is.EqualTo("validation_failed"));
            Assert.That(error.Message, Is.EqualTo("One or more fields are invalid."));
            Assert.That(error.Fields, Is.EquivalentTo(new Dictionary<string, string[]> { ["name"] = ["The name is required."] }));
        }
    }

    [Test]
    public void Validation_ForSeveralFields_KeepsEveryField()
    {
        var fields = new Dictionary<string, string[]>
        {
            ["page"] = ["The page must be 1 or more."],
            ["sort"] = ["Unknown sort.", "Second message."],
        };

        var error = Error.Validation(fields);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Kind, Is.EqualTo(ErrorKind.Validation));
            Assert.That(error.Code, Is.EqualTo("validation_failed"));
            Assert.That(error.Message, Is.EqualTo("One or more fields are invalid."));
            Assert.That(error.Fields, Is.EquivalentTo(fields));
        }
    }

    [Test]
    public void NotFound_CarriesCodeAndMessageWithoutFields()
    {
        AssertError(Error.NotFound("thing_not_found", "Missing."), ErrorKind.NotFound, "thing_not_found", "Missing.");
    }

    [Test]
    public void Conflict_CarriesCodeAndMessageWithoutFields()
    {
        AssertError(Error.Conflict("concurrency_conflict", "Changed first."), ErrorKind.Conflict, "concurrency_conflict", "Changed first.");
    }

    [Test]
    public void PreconditionFailed_CarriesCodeAndMessageWithoutFields()
    {
        AssertError(
            Error.PreconditionFailed("version_mismatch", "Wrong version."),
            ErrorKind.PreconditionFailed,
            "version_mismatch",
            "Wrong version.");
    }

    [Test]
    public void Unprocessable_CarriesCodeAndMessageWithoutFields()
    {
        AssertError(
            Error.Unprocessable("idempotency_key_reused", "Used for another request."),
            ErrorKind.Unprocessable,
            "idempotency_key_reused",
            "Used for another request.");
    }

    private static void AssertError(Error error, ErrorKind kind, string code, string message)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Kind, Is.EqualTo(kind));
            Assert.That(error.Code, Is.EqualTo(code));
            Assert.That(error.Message, Is.EqualTo(message));
            Assert.That(error.Fields, Is.Null);
        }
    }
}
