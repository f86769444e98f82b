using Microsoft.Extensions.Logging;
using Moq;
using ResourceService.Application.Common;
using ResourceService.Application.Resources.DeleteResource;
using ResourceService.Application.UnitTests.Support;
using ResourceService.Domain.Common;

namespace ResourceService.Application.UnitTests.Resources.DeleteResource;

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class LoggedDeleteResourceTests
{
    private static readonly Error Missing = Error.NotFound("resource_not_found", "Resource 7 does not exist.");

    private readonly Mock<ICurrentUser> _user = new();
    private readonly CapturingLogger<IDeleteResource> _logger = new();

    public LoggedDeleteResourceTests() => _user.Setup(user => user.Subject).Returns("user-42");

    [Test]
    public async Task Execute_WhenInnerSucceeds_LogsDeletedWithIdAndSubject()
    {
        await Decorate(default(Success)).ExecuteAsync(new DeleteResourceCommand(7), CancellationToken.None);

        var logged = _logger.Events.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(logged.EventId, Is.EqualTo(1003));
            Assert.That(logged.Level, Is.EqualTo(LogLevel.Information));
            Assert.That(logged.Properties["ResourceId"], Is.EqualTo(7));
            Assert.That(logged.Properties["Subject"], Is.EqualTo("user-42"));
        }
    }

    [Test]
    public async Task Execute_WhenInnerFails_LogsRejectionWithCodeAndSubject()
    {
        await Decorate(Missing).ExecuteAsync(new DeleteResourceCommand(7), CancellationToken.None);

        var logged = _logger.Events.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(logged.EventId, Is.EqualTo(1004));
            Assert.That(logged.Properties["ErrorCode"], Is.EqualTo("resource_not_found"));
            Assert.That(logged.Properties["Subject"], Is.EqualTo("user-42"));
        }
    }

    [Test]
    public async Task Execute_WhenInnerSucceeds_ReturnsSuccess()
    {
        var result = await Decorate(default(Success)).ExecuteAsync(new DeleteResourceCommand(7), CancellationToken.None);

        Assert.That(result.IsSuccess, Is.True);
    }

    [Test]
    public async Task Execute_WhenInnerFails_ReturnsItsErrorUnchanged()
    {
        var result = await Decorate(Missing).ExecuteAsync(new DeleteResourceCommand(7), CancellationToken.None);

        Assert.That(result.Error, Is.SameAs(Missing));
    }

    [Test]
    public async Task Execute_PassesCommandAndCancellationToInner()
    {
        var inner = new StubDeleteResource(default(Success));
        var command = new DeleteResourceCommand(7, 3);
        using var cancellation = new CancellationTokenSource();

        await new LoggedDeleteResource(inner, _user.Object, _logger).ExecuteAsync(command, cancellation.Token);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(inner.ReceivedCommand, Is.SameAs(command));
            Assert.That(inner.ReceivedCancellation, Is.EqualTo(cancellation.Token));
        }
    }

    private LoggedDeleteResource Decorate(Result<Success> innerResult) =>
        new(new StubDeleteResource(innerResult), _user.Object, _logger);

    private sealed class StubDeleteResource(Result<Success> result) : IDeleteResource
    {
        public DeleteResourceCommand? ReceivedCommand { get; private set; }

        public CancellationToken ReceivedCancellation { get; private set; }

        public Task<Result<Success>> ExecuteAsync(DeleteResourceCommand command, CancellationToken cancellationToken)
        {
            ReceivedCommand = command;
            ReceivedCancellation = cancellationToken;
            return Task.FromResult(result);
        }
    }
}
