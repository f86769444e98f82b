using ResourceService.Domain.Common;

namespace ResourceService.Domain.UnitTests.Common;

public sealed class ResultTests
{
    private static readonly Error Missing = Error.NotFound("thing_not_found", "Thing 7 does not exist.");

    [Test]
    public void ImplicitConversion_FromValue_MakesSuccessCarryingIt()
    {
        Result<int> result = 42;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.IsSuccess, Is.True);
            Assert.That(result.Error, Is.Null);
            Assert.That(result.Value, Is.EqualTo(42));
        }
    }

    [Test]
    public void ImplicitConversion_FromDefaultValue_MakesSuccessCarryingIt()
    {
        Result<int> result = 0;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.IsSuccess, Is.True);
            Assert.That(result.Error, Is.Null);
            Assert.That(result.Value, Is.Zero);
        }
    }

    [Test]
    public void ImplicitConversion_FromReference_MakesSuccessCarryingTheSameInstance()
    {
        var value = new List<int> { 1 };

        Result<List<int>> result = value;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.IsSuccess, Is.True);
            Assert.That(result.Error, Is.Null);
            Assert.That(result.Value, Is.SameAs(value));
        }
    }

    [Test]
    public void ImplicitConversion_FromError_MakesFailureCarryingIt()
    {
        Result<int> result = Missing;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.IsSuccess, Is.False);
            Assert.That(result.Error, Is.SameAs(Missing));
        }
    }

    [Test]
    public void Value_OfFailure_ThrowsNamingTheErrorCode()
    {
        Result<int> result = Missing;

        Assert.That(() => result.Value, Throws.InvalidOperationException.With.Message.Contains("thing_not_found"));
    }

    [Test]
    public void Map_OfSuccess_AppliesTheFunction()
    {
        Result<int> result = 20;

        var mapped = result.Map(value => $"#{value + 1}");

        Assert.That(mapped.Value, Is.EqualTo("#21"));
    }

    [Test]
    public void Map_OfFailure_KeepsTheErrorWithoutCallingTheFunction()
    {
        Result<int> result = Missing;
        var called = false;

        var mapped = result.Map(value =>
        {
            called = true;
            return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(mapped.IsSuccess, Is.False);
            Assert.That(mapped.Error, Is.SameAs(Missing));
            Assert.That(called, Is.False);
        }
    }

    [Test]
    public void Success_AsValue_MakesSuccessfulResult()
    {
        Result<Success> result = default(Success);

        Assert.That(result.IsSuccess, Is.True);
    }

    [Test]
    public void Default_IsFailureWithAnUnexpectedUninitializedError()
    {
        var result = default(Result<int>);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.IsSuccess, Is.False);
            Assert.That(result.Error, Is.Not.Null);
            Assert.That(result.Error?.Kind, Is.EqualTo(ErrorKind.Unexpected));
            Assert.That(result.Error?.Code, Is.EqualTo("result_uninitialized"));
            Assert.That(result.Error?.Message, Is.EqualTo("The operation produced no result."));
            Assert.That(result.Error?.Fields, Is.Null);
        }
    }

    [Test]
    public void Default_OfSuccessResult_IsNotASuccess()
    {
        var result = default(Result<Success>);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.IsSuccess, Is.False);
            Assert.That(result.Error?.Code, Is.EqualTo("result_uninitialized"));
        }
    }

    [Test]
    public void Value_OfDefault_ThrowsNamingTheUninitializedCode()
    {
        var result = default(Result<string>);

        Assert.That(() => result.Value, Throws.InvalidOperationException.With.Message.Contains("result_uninitialized"));
    }

    [Test]
    public void Map_OfDefault_KeepsTheUninitializedErrorWithoutCallingTheFunction()
    {
        var result = default(Result<int>);
        var called = false;

        var mapped = result.Map(value =>
        {
            called = true;
            return value + 1;
        });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(mapped.IsSuccess, Is.False);
            Assert.That(mapped.Error?.Kind, Is.EqualTo(ErrorKind.Unexpected));
            Assert.That(mapped.Error?.Code, Is.EqualTo("result_uninitialized"));
            Assert.That(called, Is.False);
        }
    }
}
