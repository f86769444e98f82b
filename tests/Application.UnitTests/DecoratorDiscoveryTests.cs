using ResourceService.Application.Common;
using ResourceService.Domain.Common;

namespace ResourceService.Application.UnitTests;

// How AddApplication tells decorators from handlers and in which order it applies them, shown on types of
// this test, so that each rule is proved by a case the application's own types happen not to contain.
public sealed class DecoratorDiscoveryTests
{

    private interface IOther;

    private interface IKeyed;

    [Test]
    public void DecoratedContract_OfAClassTakingTheUseCaseItImplements_IsThatUseCase()
    {
        Assert.That(DependencyInjection.DecoratedContract(typeof(Decorator)), Is.EqualTo(typeof(IUseCase<ProbeRequest, int>)));
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
        Assert.That(DependencyInjection.DecoratedContract(typeof(DecoratorWithTwoConstructors)), Is.EqualTo(typeof(IUseCase<ProbeRequest, int>)));
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

    [Test]
    public void DecoratedContract_OfAnOpenGenericDecorator_IsTheUseCaseOfItsTypeParameters()
    {
        var contract = DependencyInjection.DecoratedContract(typeof(OpenDecorator<,>));

        Assert.That(contract?.GetGenericTypeDefinition(), Is.EqualTo(typeof(IUseCase<,>)));
    }

    [Test]
    public void Decorations_OfAClosedDecorator_AreItsOwnUseCaseOnly()
    {
        var decorations = DependencyInjection.Decorations(typeof(Decorator), [typeof(IUseCase<KeyedRequest, int>)]);

        Assert.That(decorations, Is.EqualTo(new[] { (typeof(IUseCase<ProbeRequest, int>), typeof(Decorator)) }));
    }

    [Test]
    public void Decorations_OfAnOpenGenericDecorator_CloseItOverEveryUseCase()
    {
        var decorations = DependencyInjection.Decorations(
            typeof(OpenDecorator<,>), [typeof(IUseCase<ProbeRequest, int>), typeof(IUseCase<KeyedRequest, string>)]);

        Assert.That(decorations, Is.EqualTo(new[]
        {
            (typeof(IUseCase<ProbeRequest, int>), typeof(OpenDecorator<ProbeRequest, int>)),
            (typeof(IUseCase<KeyedRequest, string>), typeof(OpenDecorator<KeyedRequest, string>)),
        }));
    }

    [Test]
    public void Decorations_OfAConstrainedDecorator_SkipTheUseCasesWhoseRequestDoesNotMeetTheConstraint()
    {
        var decorations = DependencyInjection.Decorations(
            typeof(KeyedOnlyDecorator<,>), [typeof(IUseCase<ProbeRequest, int>), typeof(IUseCase<KeyedRequest, string>)]);

        Assert.That(decorations, Is.EqualTo(new[]
        {
            (typeof(IUseCase<KeyedRequest, string>), typeof(KeyedOnlyDecorator<KeyedRequest, string>)),
        }));
    }

    public sealed record ProbeRequest;

    public sealed record KeyedRequest : IKeyed;

    private sealed class OpenDecorator<TRequest, TResponse>(IUseCase<TRequest, TResponse> inner) : IUseCase<TRequest, TResponse>
    {
        public Task<Result<TResponse>> ExecuteAsync(TRequest request, CancellationToken cancellationToken) =>
            inner.ExecuteAsync(request, cancellationToken);
    }

    private sealed class KeyedOnlyDecorator<TRequest, TResponse>(IUseCase<TRequest, TResponse> inner) : IUseCase<TRequest, TResponse>
        where TRequest : IKeyed
    {
        public Task<Result<TResponse>> ExecuteAsync(TRequest request, CancellationToken cancellationToken) =>
            inner.ExecuteAsync(request, cancellationToken);
    }

    private sealed class Handler : Probe;

    private sealed class HandlerTakingOther(IOther other) : Probe, IOther
    {
        public IOther Other { get; } = other;
    }

    private sealed class Decorator(IUseCase<ProbeRequest, int> inner) : Probe
    {
        public IUseCase<ProbeRequest, int> Inner { get; } = inner;
    }

    private sealed class DecoratorWithTwoConstructors(IUseCase<ProbeRequest, int>? inner) : Probe
    {
        public DecoratorWithTwoConstructors()
            : this(null)
        {
        }

        public IUseCase<ProbeRequest, int>? Inner { get; } = inner;
    }

    private abstract class AbstractDecorator(IUseCase<ProbeRequest, int> inner) : Probe
    {
        public IUseCase<ProbeRequest, int> Inner { get; } = inner;
    }

    [DecoratorOrder(1)]
    private sealed class OuterDecorator(IUseCase<ProbeRequest, int> inner) : Probe
    {
        public IUseCase<ProbeRequest, int> Inner { get; } = inner;
    }

    [DecoratorOrder(5)]
    private sealed class TiedA(IUseCase<ProbeRequest, int> inner) : Probe
    {
        public IUseCase<ProbeRequest, int> Inner { get; } = inner;
    }

    [DecoratorOrder(5)]
    private sealed class TiedB(IUseCase<ProbeRequest, int> inner) : Probe
    {
        public IUseCase<ProbeRequest, int> Inner { get; } = inner;
    }

    [DecoratorOrder(5)]
    private sealed class Tiedb(IUseCase<ProbeRequest, int> inner) : Probe
    {
        public IUseCase<ProbeRequest, int> Inner { get; } = inner;
    }

    // Every probe answers alike; what the tests look at is how each is built.
    private abstract class Probe : IUseCase<ProbeRequest, int>
    {
        public Task<Result<int>> ExecuteAsync(ProbeRequest request, CancellationToken cancellationToken) => Task.FromResult<Result<int>>(1);
    }
}
