using ResourceService.Application.Common;

namespace ResourceService.Application.UnitTests;

// How AddApplication tells decorators from handlers and in which order it applies them, shown on types of
// this test, so that each rule is proved by a case the application's own types happen not to contain.
public sealed class DecoratorDiscoveryTests
{
    private interface IProbe : IUseCase;

    private interface IOther;

    [Test]
    public void DecoratedContract_OfAClassTakingTheUseCaseItImplements_IsThatUseCase()
    {
        Assert.That(DependencyInjection.DecoratedContract(typeof(Decorator)), Is.EqualTo(typeof(IProbe)));
    }

    [Test]
    public void DecoratedContract_OfAHandler_IsNone()
    {
        Assert.That(DependencyInjection.DecoratedContract(typeof(Handler)), Is.Null);
    }

    [Test]
    public void DecoratedContract_OfAHandlerTakingAnotherInterfaceItImplements_IsNone()
    {
        Assert.That(DependencyInjection.DecoratedContract(typeof(HandlerTakingOther)), Is.Null);
    }

    [Test]
    public void DecoratedContract_OfAClassTakingTheUseCaseInOneOfItsConstructors_IsThatUseCase()
    {
        Assert.That(DependencyInjection.DecoratedContract(typeof(DecoratorWithTwoConstructors)), Is.EqualTo(typeof(IProbe)));
    }

    [Test]
    public void DecoratorsInOrder_LeavesOutHandlersAndAbstractDecorators()
    {
        var ordered = DependencyInjection.DecoratorsInOrder([typeof(Handler), typeof(AbstractDecorator), typeof(Decorator)]);

        Assert.That(ordered, Is.EqualTo(new[] { typeof(Decorator) }));
    }

    // The outermost decorator is applied last, so a higher order comes later.
    [Test]
    public void DecoratorsInOrder_PutsAHigherOrderAfterALowerOne()
    {
        var ordered = DependencyInjection.DecoratorsInOrder([typeof(OuterDecorator), typeof(Decorator)]);

        Assert.That(ordered, Is.EqualTo(new[] { typeof(Decorator), typeof(OuterDecorator) }));
    }

    [Test]
    public void DecoratorsInOrder_OfTheSameOrder_FollowsTheOrdinalOrderOfTheirFullNames()
    {
        var ordered = DependencyInjection.DecoratorsInOrder([typeof(Tiedb), typeof(TiedB), typeof(TiedA)]);

        Assert.That(ordered, Is.EqualTo(new[] { typeof(TiedA), typeof(TiedB), typeof(Tiedb) }));
    }

    private sealed class Handler : IProbe;

    private sealed class HandlerTakingOther(IOther other) : IProbe, IOther
    {
        public IOther Other { get; } = other;
    }

    private sealed class Decorator(IProbe inner) : IProbe
    {
        public IProbe Inner { get; } = inner;
    }

    private sealed class DecoratorWithTwoConstructors(IProbe? inner) : IProbe
    {
        public DecoratorWithTwoConstructors()
            : this(null)
        {
        }

        public IProbe? Inner { get; } = inner;
    }

    private abstract class AbstractDecorator(IProbe inner) : IProbe
    {
        public IProbe Inner { get; } = inner;
    }

    [DecoratorOrder(1)]
    private sealed class OuterDecorator(IProbe inner) : IProbe
    {
        public IProbe Inner { get; } = inner;
    }

    [DecoratorOrder(5)]
    private sealed class TiedA(IProbe inner) : IProbe
    {
        public IProbe Inner { get; } = inner;
    }

    [DecoratorOrder(5)]
    private sealed class TiedB(IProbe inner) : IProbe
    {
        public IProbe Inner { get; } = inner;
    }

    [DecoratorOrder(5)]
    private sealed class Tiedb(IProbe inner) : IProbe
    {
        public IProbe Inner { get; } = inner;
    }
}
