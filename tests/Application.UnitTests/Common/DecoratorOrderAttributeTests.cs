using System.Reflection;
using ResourceService.Application.Common;
using ResourceService.Application.Resources.CreateResource;

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

    // A decorator without the attribute has order 0, so the idempotency check must be ordered above it.
    [Test]
    public void IdempotentCreateResource_IsOrderedOutsideTheLoggedDecorator()
    {
        var idempotent = typeof(IdempotentCreateResource).GetCustomAttribute<DecoratorOrderAttribute>();
        var logged = typeof(LoggedCreateResource).GetCustomAttribute<DecoratorOrderAttribute>();

        Assert.That(idempotent?.Order, Is.GreaterThan(logged?.Order ?? 0));
    }
}
