using Microsoft.Extensions.Logging;
using Moq;
using ResourceService.Application.Common;
using ResourceService.Application.Resources;
using ResourceService.Application.Resources.CreateResource;
using ResourceService.Application.UnitTests.Support;
using ResourceService.Domain.Common;

namespace ResourceService.Application.UnitTests.Resources.CreateResource;

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class LoggedCreateResourceTests
{
    private static readonly ResourceResponse Created = new(5, "Meeting Room", Clocks.NowInWholeMicroseconds, null, 1);
    private static readonly Error Invalid = Error.Validation("name", "The name is required.");

    private readonly Mock<ICurrentUser> _user = new();
    private readonly CapturingLogger<ICreateResource> _logger = new();

    public LoggedCreateResourceTests() => _user.Setup(user => user.Subject).Returns("user-42");

    [Test]
    public async Task Execute_WhenInnerSucceeds_LogsCreatedWithIdAndSubject()
    {
        await Decorate(Created).ExecuteAsync(new CreateResourceCommand("Meeting Room"), CancellationToken.None);

        var logged = _logger.Events.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(logged.EventId, Is.EqualTo(1001));
            Assert.That(logged.Level, Is.EqualTo(LogLevel.Information));
            Assert.That(logged.Properties["ResourceId"], Is.EqualTo(5));
            Assert.That(logged.Properties["Subject"], Is.EqualTo("user-42"));
        }
    }

    [Test]
    public async Task Execute_WhenInnerFails_LogsRejectionWithCodeAndSubject()
    {
        await Decorate(Invalid).ExecuteAsync(new CreateResourceCommand(null), CancellationToken.None);

        var logged = _logger.Events.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(logged.EventId, Is.EqualTo(1004));
            Assert.That(logged.Level, Is.EqualTo(LogLevel.Information));
            Assert.That(logged.Properties["ErrorCode"], Is.EqualTo("validation_failed"));
            Assert.That(logged.Properties["Subject"], Is.EqualTo("user-42"));
        }
    }

    [Test]
    public async Task Execute_WhenCallerIsAnonymous_LogsNoSubject()
    {
        _user.Setup(user => user.Subject).Returns((string?)null);

        await Decorate(Created).ExecuteAsync(new CreateResourceCommand("Meeting Room"), CancellationToken.None);

        Assert.That(_logger.Events.Single().Properties["Subject"], Is.Null);
    }

    [Test]
    public async Task Execute_WhenInnerSucceeds_ReturnsItsResultUnchanged()
    {
        var result = await Decorate(Created).ExecuteAsync(new CreateResourceCommand("Meeting Room"), CancellationToken.None);

        Assert.That(result.Value, Is.SameAs(Created));
    }

    [Test]
    public async Task Execute_WhenInnerFails_ReturnsItsErrorUnchanged()
    {
        var result = await Decorate(Invalid).ExecuteAsync(new CreateResourceCommand(null), CancellationToken.None);

        Assert.That(result.Error, Is.SameAs(Invalid));
    }

    [Test]
    public async Task Execute_PassesCommandAndCancellationToInner()
    {
        var inner = new StubCreateResource(Created);
        var command = new CreateResourceCommand("Meeting Room");
        using var cancellation = new CancellationTokenSource();

        await new LoggedCreateResource(inner, _user.Object, _logger).ExecuteAsync(command, cancellation.Token);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(inner.ReceivedCommand, Is.SameAs(command));
            Assert.That(inner.ReceivedCancellation, Is.EqualTo(cancellation.Token));
        }
    }

    private LoggedCreateResource Decorate(Result<ResourceResponse> innerResult) =>
        new(new StubCreateResource(innerResult), _user.Object, _logger);

    private sealed class StubCreateResource(Result<ResourceResponse> result) : ICreateResource
    {
        public CreateResourceCommand? ReceivedCommand { get; private set; }

        public CancellationToken ReceivedCancellation { get; private set; }

        public Task<Result<ResourceResponse>> ExecuteAsync(CreateResourceCommand command, CancellationToken cancellationToken)
        {
            ReceivedCommand = command;
            ReceivedCancellation = cancellationToken;
            return Task.FromResult(result);
        }
    }
}
