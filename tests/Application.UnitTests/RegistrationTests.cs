using ResourceService.Application.Common;
using ResourceService.Application.Common.Logging;
using ResourceService.Domain.Common;

namespace ResourceService.Application.UnitTests;

// What AddApplication's scan registers, shown on types of this test: a module's handlers and logs count, even though
// the Application's own modules may have none of a kind yet (the Audit module's handlers, for instance).
public sealed class RegistrationTests
{
    [TestCase(typeof(IUseCase<ProbeRequest, int>))]
    [TestCase(typeof(IDomainEventHandler<ProbeEvent>))]
    [TestCase(typeof(IRejectionLog<ProbeRequest>))]
    [TestCase(typeof(IKeyEventLog))]
    public void IsModuleContract_OfWhatModulesImplement_IsTrue(Type contract)
    {
        Assert.That(DependencyInjection.IsModuleContract(contract), Is.True);
    }

    [TestCase(typeof(IDisposable))]
    [TestCase(typeof(IEquatable<ProbeRequest>))]
    [TestCase(typeof(ProbeRequest))]
    public void IsModuleContract_OfAnythingElse_IsFalse(Type contract)
    {
        Assert.That(DependencyInjection.IsModuleContract(contract), Is.False);
    }

    [TestCase(typeof(ProbeHandler), true)]
    [TestCase(typeof(ProbeUseCase), true)]
    [TestCase(typeof(ProbeRequest), false)]
    [TestCase(typeof(ProbeDecorator), false)]
    [TestCase(typeof(OpenUseCase<>), false)]
    public void IsModulePart_IsAClosedImplementationThatDecoratesNothing(Type type, bool part)
    {
        Assert.That(DependencyInjection.IsModulePart(type), Is.EqualTo(part));
    }

    public sealed record ProbeRequest;

    public sealed record ProbeEvent : IDomainEvent;

    private sealed class ProbeHandler : IDomainEventHandler<ProbeEvent>
    {
        public Task HandleAsync(ProbeEvent domainEvent, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private class ProbeUseCase : IUseCase<ProbeRequest, int>
    {
        public Task<Result<int>> ExecuteAsync(ProbeRequest request, CancellationToken cancellationToken) => Task.FromResult<Result<int>>(1);
    }

    private sealed class ProbeDecorator(IUseCase<ProbeRequest, int> inner) : ProbeUseCase
    {
        public IUseCase<ProbeRequest, int> Inner { get; } = inner;
    }

    private sealed class OpenUseCase<T> : IUseCase<T, int>
    {
        public Task<Result<int>> ExecuteAsync(T request, CancellationToken cancellationToken) => Task.FromResult<Result<int>>(1);
    }
}
