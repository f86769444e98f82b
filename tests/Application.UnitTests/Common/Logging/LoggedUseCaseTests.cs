using Moq;
using ResourceService.Application.Common;
using ResourceService.Application.Common.Logging;
using ResourceService.Domain.Common;

namespace ResourceService.Application.UnitTests.Common.Logging;

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class LoggedUseCaseTests
{
    private static readonly Error Refused = Error.Conflict("probe_refused", "Refused.");

    private readonly Mock<ICurrentUser> _user = new();
    private readonly CommittedEvents _committed = new();
    private readonly RecordingLog _log = new();
    private readonly RecordingLog _otherLog = new();
    private readonly ProbeUseCase _inner = new();

    public LoggedUseCaseTests() => _user.Setup(user => user.Subject).Returns("user-42");

    [Test]
    public async Task Execute_LogsEveryEventCommittedDuringTheUseCaseThroughEveryLog_WithTheSubject()
    {
        var first = new ProbeEvent(1);
        var second = new ProbeEvent(2);
        _inner.OnExecute = () => _committed.Add([first, second]);

        await Decorate().ExecuteAsync(new ProbeRequest(), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_log.Events, Is.EqualTo(new[] { (first, "user-42"), (second, "user-42") }));
            Assert.That(_otherLog.Events, Is.EqualTo(_log.Events));
        }
    }

    // A rolled-back change never reaches the committed events, so nothing is logged for it.
    [Test]
    public async Task Execute_WhenNothingCommitted_LogsNoEvent()
    {
        await Decorate().ExecuteAsync(new ProbeRequest(), CancellationToken.None);

        Assert.That(_log.Events, Is.Empty);
    }

    [Test]
    public async Task Execute_TakesTheCommittedEvents_SoThatTheNextUseCaseDoesNotLogThemAgain()
    {
        _inner.OnExecute = () => _committed.Add([new ProbeEvent(1)]);
        await Decorate().ExecuteAsync(new ProbeRequest(), CancellationToken.None);
        _inner.OnExecute = null;

        await Decorate().ExecuteAsync(new ProbeRequest(), CancellationToken.None);

        Assert.That(_log.Events, Has.Count.EqualTo(1));
    }

    [Test]
    public void Execute_WhenTheUseCaseThrowsAfterACommit_StillLogsWhatCommitted()
    {
        var committed = new ProbeEvent(1);
        _inner.OnExecute = () =>
        {
            _committed.Add([committed]);
            throw new TimeoutException("after the commit");
        };

        Assert.ThrowsAsync<TimeoutException>(() => Decorate().ExecuteAsync(new ProbeRequest(), CancellationToken.None));
        Assert.That(_log.Events, Is.EqualTo(new[] { (committed, "user-42") }));
    }

    [Test]
    public async Task Execute_WhenRefused_LogsTheRejectionThroughTheRequestsRejectionLogs()
    {
        _inner.Answer = Refused;
        var rejections = new List<(Error, string?)>();
        var rejectionLog = new Mock<IRejectionLog<ProbeRequest>>();
        rejectionLog.Setup(log => log.Log(It.IsAny<Error>(), It.IsAny<string?>()))
            .Callback((Error error, string? subject) => rejections.Add((error, subject)));

        var result = await Decorate(rejectionLog.Object).ExecuteAsync(new ProbeRequest(), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Error, Is.SameAs(Refused));
            Assert.That(rejections, Is.EqualTo(new[] { (Refused, "user-42") }));
        }
    }

    [Test]
    public async Task Execute_WhenItSucceeds_LogsNoRejection()
    {
        var rejectionLog = new Mock<IRejectionLog<ProbeRequest>>(MockBehavior.Strict);

        var result = await Decorate(rejectionLog.Object).ExecuteAsync(new ProbeRequest(), CancellationToken.None);

        Assert.That(result.Value, Is.EqualTo(42));
    }

    [Test]
    public async Task Execute_PassesTheRequestAndCancellationToInner()
    {
        var request = new ProbeRequest();
        using var cancellation = new CancellationTokenSource();

        await Decorate().ExecuteAsync(request, cancellation.Token);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_inner.Received, Is.SameAs(request));
            Assert.That(_inner.Cancellation, Is.EqualTo(cancellation.Token));
        }
    }

    private LoggedUseCase<ProbeRequest, int> Decorate(params IRejectionLog<ProbeRequest>[] rejectionLogs) =>
        new(_inner, _committed, [_log, _otherLog], rejectionLogs, _user.Object);

    public sealed record ProbeRequest;

    private sealed record ProbeEvent(int Number) : IDomainEvent;

    private sealed class ProbeUseCase : IUseCase<ProbeRequest, int>
    {
        public Result<int> Answer { get; set; } = 42;

        public Action? OnExecute { get; set; }

        public ProbeRequest? Received { get; private set; }

        public CancellationToken Cancellation { get; private set; }

        public Task<Result<int>> ExecuteAsync(ProbeRequest request, CancellationToken cancellationToken)
        {
            (Received, Cancellation) = (request, cancellationToken);
            OnExecute?.Invoke();
            return Task.FromResult(Answer);
        }
    }

    private sealed class RecordingLog : IKeyEventLog
    {
        public List<(IDomainEvent, string?)> Events { get; } = [];

        public void Log(IDomainEvent committed, string? subject) => Events.Add((committed, subject));
    }
}
