using Microsoft.Extensions.Logging;
using Moq;
using ResourceService.Application.Common;
using ResourceService.Application.Resources;
using ResourceService.Application.Resources.UpdateResource;
using ResourceService.Application.UnitTests.Support;
using ResourceService.Domain.Common;

namespace ResourceService.Application.UnitTests.Resources.UpdateResource;

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class LoggedUpdateResourceTests
{
    private static readonly ResourceResponse Updated =
        new(7, "Board Room", StoredResources.CreatedAt, Clocks.NowInWholeMicroseconds, 4);

    private static readonly Error Mismatch =
        Error.PreconditionFailed("resource_version_mismatch", "Resource 7 is at version 4, not the expected version 3.");

    private readonly Mock<ICurrentUser> _user = new();
    private readonly CapturingLogger<IUpdateResource> _logger = new();

    public LoggedUpdateResourceTests() => _user.Setup(user => user.Subject).Returns("user-42");

    [Test]
    public async Task Execute_WhenInnerSucceeds_LogsUpdatedWithIdVersionAndSubject()
    {
        await Decorate(Updated).ExecuteAsync(new UpdateResourceCommand(7, "Board Room"), CancellationToken.None);

        var logged = _logger.Events.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(logged.EventId, Is.EqualTo(1002));
            Assert.That(logged.Level, Is.EqualTo(LogLevel.Information));
            Assert.That(logged.Properties["ResourceId"], Is.EqualTo(7));
            Assert.That(logged.Properties["Version"], Is.EqualTo(4));
            Assert.That(logged.Properties["Subject"], Is.EqualTo("user-42"));
        }
    }

    [Test]
    public async Task Execute_WhenInnerFails_LogsRejectionWithCodeAndSubject()
    {
        await Decorate(Mismatch).ExecuteAsync(new UpdateResourceCommand(7, "Board Room", 3), CancellationToken.None);

        var logged = _logger.Events.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(logged.EventId, Is.EqualTo(1004));
            Assert.That(logged.Properties["ErrorCode"], Is.EqualTo("resource_version_mismatch"));
            Assert.That(logged.Properties["Subject"], Is.EqualTo("user-42"));
        }
    }

    [Test]
    public async Task Execute_WhenInnerSucceeds_ReturnsItsResultUnchanged()
    {
        var result = await Decorate(Updated).ExecuteAsync(new UpdateResourceCommand(7, "Board Room"), CancellationToken.None);

        Assert.That(result.Value, Is.SameAs(Updated));
    }

    [Test]
    public async Task Execute_WhenInnerFails_ReturnsItsErrorUnchanged()
    {
        var result = await Decorate(Mismatch).ExecuteAsync(new UpdateResourceCommand(7, "Board Room", 3), CancellationToken.None);

        Assert.That(result.Error, Is.SameAs(Mismatch));
    }

    [Test]
    public async Task Execute_PassesCommandAndCancellationToInner()
    {
        var inner = new StubUpdateResource(Updated);
        var command = new UpdateResourceCommand(7, "Board Room", 3);
        using var cancellation = new CancellationTokenSource();

        await new LoggedUpdateResource(inner, _user.Object, _logger).ExecuteAsync(command, cancellation.Token);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(inner.ReceivedCommand, Is.SameAs(command));
            Assert.That(inner.ReceivedCancellation, Is.EqualTo(cancellation.Token));
        }
    }

    private LoggedUpdateResource Decorate(Result<ResourceResponse> innerResult) =>
        new(new StubUpdateResource(innerResult), _user.Object, _logger);

    private sealed class StubUpdateResource(Result<ResourceResponse> result) : IUpdateResource
    {
        public UpdateResourceCommand? ReceivedCommand { get; private set; }

        public CancellationToken ReceivedCancellation { get; private set; }

        public Task<Result<ResourceResponse>> ExecuteAsync(UpdateResourceCommand command, CancellationToken cancellationToken)
        {
            ReceivedCommand = command;
            ReceivedCancellation = cancellationToken;
            return Task.FromResult(result);
        }
    }
}
