using System.Reflection;
using ResourceService.Application.Common;
using ResourceService.Application.Common.Idempotency;
using ResourceService.Application.Common.Logging;

namespace ResourceService.Application.UnitTests.Common;

public sealed class DecoratorOrderAttributeTests
{
    [TestCase(-1)]
    [TestCase(0)]
    [TestCase(100)]
    public void Order_IsTheGivenValue(int order)
    {
        Assert.That(new DecoratorOrderAttribute(order).Order, Is.EqualTo(order));
    }

    // The logged decorator logs what committed, so it must sit outside the idempotent one, whose transaction
    // commits only when the use case inside it has returned.
    [Test]
    public void LoggedUseCase_IsOrderedOutsideTheIdempotentDecorator()
    {
        var idempotent = typeof(IdempotentUseCase<,>).GetCustomAttribute<DecoratorOrderAttribute>();
        var logged = typeof(LoggedUseCase<,>).GetCustomAttribute<DecoratorOrderAttribute>();

        Assert.That(logged?.Order, Is.GreaterThan(idempotent?.Order ?? 0));
    }
}
