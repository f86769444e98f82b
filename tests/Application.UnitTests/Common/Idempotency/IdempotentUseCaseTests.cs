using System.Text.Json;
using Moq;
using ResourceService.Application.Common;
using ResourceService.Application.Common.Idempotency;
using ResourceService.Application.Resources;
using ResourceService.Application.Resources.CreateResource;
using ResourceService.Application.UnitTests.Support;
using ResourceService.Domain.Common;

namespace ResourceService.Application.UnitTests.Common.Idempotency;

// Shown on the Resources module's create, a request that carries a key; the decorator names no module.

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class IdempotentUseCaseTests
{
    private const string Key = "5b6f3c1e-8a2d-4f7b-9c0e-1d2a3b4c5d6e";
    private const string Subject = "user-42";
    private const string Tenant = "acme";

    private static readonly ResourceResponse Created = new(5, "Meeting Room", Clocks.NowInWholeMicroseconds, null, 1);
    private static readonly Error Invalid = Error.Validation("name", "The name is required.");

    private readonly Mock<IIdempotencyStore> _store = new();
    private readonly Mock<IUnitOfWork> _unitOfWork = new();
    private readonly Mock<ICurrentUser> _user = new();
    private readonly StubCreateResource _inner;
    private readonly IdempotentUseCase<CreateResourceCommand, ResourceResponse> _idempotent;
    private bool _inTransaction;

    public IdempotentUseCaseTests()
    {
        _user.Setup(user => user.Subject).Returns(Subject);
        _user.Setup(user => user.TenantId).Returns(Tenant);
        _unitOfWork
            .Setup(unitOfWork => unitOfWork.InTransactionAsync(
                It.IsAny<Func<CancellationToken, Task<Result<ResourceResponse>>>>(), It.IsAny<CancellationToken>()))
            .Returns((Func<CancellationToken, Task<Result<ResourceResponse>>> work, CancellationToken token) => InTransaction(work, token));
        _store.Setup(store => store.CompleteAsync(It.IsAny<IdempotencyClaim>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(true);
        _inner = new StubCreateResource(Created, () => _inTransaction);
        _idempotent = new IdempotentUseCase<CreateResourceCommand, ResourceResponse>(_inner, _store.Object, _unitOfWork.Object, _user.Object);
    }

    public static IEnumerable<TestCaseData> InvalidKeys()
    {
        yield return new TestCaseData(" ").SetArgDisplayNames("space");
        yield return new TestCaseData("schlüssel").SetArgDisplayNames("non-ASCII");
        yield return new TestCaseData(new string('k', 256)).SetArgDisplayNames("256 characters");
        yield return new TestCaseData("key\t").SetArgDisplayNames("control character");
    }

    [Test]
    public async Task Execute_WhenNoKeyIsGiven_PassesTheCommandStraightToInner()
    {
        var command = new CreateResourceCommand("Meeting Room");
        using var cancellation = new CancellationTokenSource();

        await _idempotent.ExecuteAsync(command, cancellation.Token);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_inner.Commands, Has.Count.EqualTo(1));
            Assert.That(_inner.Commands, Has.All.SameAs(command));
            Assert.That(_inner.Cancellations, Is.EqualTo(new[] { cancellation.Token }));
            Assert.That(_inner.RanInTransaction, Is.EqualTo(new[] { false }));
        }
    }

    [Test]
    public async Task Execute_WhenNoKeyIsGiven_NeverTouchesTheStoreOrATransaction()
    {
        await _idempotent.ExecuteAsync(new CreateResourceCommand("Meeting Room"), CancellationToken.None);

        _store.VerifyNoOtherCalls();
        _unitOfWork.VerifyNoOtherCalls();
    }

    [Test]
    public async Task Execute_WhenNoKeyIsGiven_ReturnsTheInnerResultUnchanged()
    {
        _inner.Answer = Invalid;

        var result = await _idempotent.ExecuteAsync(new CreateResourceCommand(null), CancellationToken.None);

        Assert.That(result.Error, Is.SameAs(Invalid));
    }

    [TestCaseSource(nameof(InvalidKeys))]
    public async Task Execute_WhenKeyIsInvalid_ReturnsValidationErrorKeyedIdempotencyKey(string key)
    {
        var result = await _idempotent.ExecuteAsync(new CreateResourceCommand("Meeting Room", key), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Error?.Kind, Is.EqualTo(ErrorKind.Validation));
            Assert.That(result.Error?.Fields?.Keys, Is.EquivalentTo(new[] { "Idempotency-Key" }));
        }
    }

    [TestCaseSource(nameof(InvalidKeys))]
    public async Task Execute_WhenKeyIsInvalid_RunsNothingAndLeavesTheStoreUntouched(string key)
    {
        await _idempotent.ExecuteAsync(new CreateResourceCommand("Meeting Room", key), CancellationToken.None);

        Assert.That(_inner.Commands, Is.Empty);
        _store.VerifyNoOtherCalls();
        _unitOfWork.VerifyNoOtherCalls();
    }

    [Test]
    public async Task Execute_WithKey_ClaimsItInAScopeThatDoesNotSpellOutTheCaller()
    {
        ClaimAs(ClaimOutcome.Claimed);
        using var cancellation = new CancellationTokenSource();

        await _idempotent.ExecuteAsync(new CreateResourceCommand("Meeting Room", Key), cancellation.Token);

        _store.Verify(store => store.ClaimAsync(
            It.Is<string>(scope => scope.Length == 64 && !scope.Contains(Subject, StringComparison.Ordinal)),
            Key, It.IsAny<string>(), cancellation.Token), Times.Once);
    }

    [Test]
    public async Task Execute_ForTheSameCaller_ClaimsInTheSameScopeAndForAnyOtherCallerInAnother()
    {
        var sameCaller = await ScopeForAsync(Tenant, Subject);
        var again = await ScopeForAsync(Tenant, Subject);
        var otherTenant = await ScopeForAsync("globex", Subject);
        var otherSubject = await ScopeForAsync(Tenant, "user-7");
        var anonymous = await ScopeForAsync(Tenant, null);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(again, Is.EqualTo(sameCaller));
            Assert.That(new[] { sameCaller, otherTenant, otherSubject, anonymous }, Is.Unique);
        }
    }

    [TestCase("Meeting Room")]
    [TestCase("")]
    [TestCase(null)]
    public async Task Execute_WhenNameIsTheSame_ClaimsWithTheSameRequestHash(string? name)
    {
        var first = await RequestHashFor(name);
        var second = await RequestHashFor(name);

        Assert.That(second, Is.EqualTo(first));
    }

    [TestCase("Meeting Room", "Board Room")]
    [TestCase("Meeting Room", "meeting room")]
    [TestCase(null, "")]
    public async Task Execute_WhenNamesDiffer_ClaimsWithDifferentRequestHashes(string? name, string? otherName)
    {
        var hash = await RequestHashFor(name);
        var otherHash = await RequestHashFor(otherName);

        Assert.That(otherHash, Is.Not.EqualTo(hash));
    }

    [Test]
    public async Task Execute_WhenKeyIsClaimed_RunsInnerOnceInsideTheTransaction()
    {
        ClaimAs(ClaimOutcome.Claimed);

        await _idempotent.ExecuteAsync(new CreateResourceCommand("Meeting Room", Key), CancellationToken.None);

        Assert.That(_inner.RanInTransaction, Is.EqualTo(new[] { true }));
    }

    [Test]
    public async Task Execute_WhenKeyIsClaimed_PassesTheRequestToInnerUnchanged()
    {
        ClaimAs(ClaimOutcome.Claimed);
        var command = new CreateResourceCommand("Meeting Room", Key);

        await _idempotent.ExecuteAsync(command, CancellationToken.None);

        Assert.That(_inner.Commands, Is.EqualTo(new[] { command }));
    }

    // The hash is of the request's fields, not of the key, which the store keeps beside it.
    [Test]
    public async Task Execute_WhenOnlyTheKeyDiffers_ClaimsWithTheSameRequestHash()
    {
        var hashes = new List<string>();
        _store.Setup(store => store.ClaimAsync(It.IsAny<string>(), It.IsAny<string>(), Capture.In(hashes), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new IdempotencyClaim(ClaimOutcome.InProgress, Subject, Key));

        await _idempotent.ExecuteAsync(new CreateResourceCommand("Meeting Room", "key-1"), CancellationToken.None);
        await _idempotent.ExecuteAsync(new CreateResourceCommand("Meeting Room", "key-2"), CancellationToken.None);

        Assert.That(hashes.Distinct().Count(), Is.EqualTo(1));
    }

    // One key sent to two use cases with equal fields is two requests: the second must not replay the first's response.
    [Test]
    public async Task Execute_ForAnotherRequestTypeWithTheSameFields_ClaimsWithAnotherRequestHash()
    {
        var hashes = new List<string>();
        _store.Setup(store => store.ClaimAsync(It.IsAny<string>(), Key, Capture.In(hashes), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new IdempotencyClaim(ClaimOutcome.InProgress, Subject, Key));
        var other = new IdempotentUseCase<OtherCommand, ResourceResponse>(
            Mock.Of<IUseCase<OtherCommand, ResourceResponse>>(), _store.Object, _unitOfWork.Object, _user.Object);

        await _idempotent.ExecuteAsync(new CreateResourceCommand("Meeting Room", Key), CancellationToken.None);
        await other.ExecuteAsync(new OtherCommand("Meeting Room", Key), CancellationToken.None);

        Assert.That(hashes, Is.Unique.And.Count.EqualTo(2));
    }

    [Test]
    public async Task Execute_WhenKeyIsClaimed_CompletesTheClaimWithTheResponseAsJsonInsideTheTransaction()
    {
        var claim = ClaimAs(ClaimOutcome.Claimed);
        var completedInTransaction = new List<bool>();
        _store.Setup(store => store.CompleteAsync(claim, It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback(() => completedInTransaction.Add(_inTransaction))
            .ReturnsAsync(true);

        await _idempotent.ExecuteAsync(new CreateResourceCommand("Meeting Room", Key), CancellationToken.None);

        _store.Verify(store => store.CompleteAsync(claim, JsonSerializer.Serialize(Created), It.IsAny<CancellationToken>()), Times.Once);
        Assert.That(completedInTransaction, Is.EqualTo(new[] { true }));
    }

    [Test]
    public async Task Execute_WhenKeyIsClaimed_ReturnsTheInnerResultAndKeepsTheClaim()
    {
        ClaimAs(ClaimOutcome.Claimed);

        var result = await _idempotent.ExecuteAsync(new CreateResourceCommand("Meeting Room", Key), CancellationToken.None);

        Assert.That(result.Value, Is.SameAs(Created));
        _store.Verify(store => store.ReleaseAsync(It.IsAny<IdempotencyClaim>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task Execute_WhenKeyIsClaimed_RunsTheTransactionWithTheCallersCancellationAndTheWorkWithTheTransactions()
    {
        var claim = ClaimAs(ClaimOutcome.Claimed);
        using var callerCancellation = new CancellationTokenSource();
        using var transactionCancellation = new CancellationTokenSource();
        _unitOfWork
            .Setup(unitOfWork => unitOfWork.InTransactionAsync(
                It.IsAny<Func<CancellationToken, Task<Result<ResourceResponse>>>>(), callerCancellation.Token))
            .Returns((Func<CancellationToken, Task<Result<ResourceResponse>>> work, CancellationToken _) =>
                InTransaction(work, transactionCancellation.Token));

        var result = await _idempotent.ExecuteAsync(new CreateResourceCommand("Meeting Room", Key), callerCancellation.Token);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.IsSuccess, Is.True);
            Assert.That(_inner.Cancellations, Is.EqualTo(new[] { transactionCancellation.Token }));
        }

        _store.Verify(store => store.CompleteAsync(claim, It.IsAny<string>(), transactionCancellation.Token), Times.Once);
    }

    [Test]
    public async Task Execute_WhenInnerFails_ReleasesTheClaimWithoutCompletingItAndReturnsTheError()
    {
        var claim = ClaimAs(ClaimOutcome.Claimed);
        _inner.Answer = Invalid;

        var result = await _idempotent.ExecuteAsync(new CreateResourceCommand(null, Key), CancellationToken.None);

        Assert.That(result.Error, Is.SameAs(Invalid));
        _store.Verify(store => store.CompleteAsync(It.IsAny<IdempotencyClaim>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
        _store.Verify(store => store.ReleaseAsync(claim, It.IsAny<CancellationToken>()), Times.Once);
    }

    // The release must outlive the rolled-back transaction and a caller that has gone away,
    // or the key stays locked until its lease runs out.
    [Test]
    public async Task Execute_WhenInnerFails_ReleasesAfterTheTransactionEvenIfTheCallerCancels()
    {
        var claim = ClaimAs(ClaimOutcome.Claimed);
        _inner.Answer = Invalid;
        var releasedInTransaction = new List<bool>();
        _store.Setup(store => store.ReleaseAsync(claim, It.IsAny<CancellationToken>()))
            .Callback(() => releasedInTransaction.Add(_inTransaction))
            .Returns(Task.CompletedTask);
        using var cancellation = new CancellationTokenSource();

        await _idempotent.ExecuteAsync(new CreateResourceCommand(null, Key), cancellation.Token);

        _store.Verify(store => store.ReleaseAsync(claim, It.Is<CancellationToken>(token => !token.CanBeCanceled)), Times.Once);
        Assert.That(releasedInTransaction, Is.EqualTo(new[] { false }));
    }

    [Test]
    public async Task Execute_WhenTheTransactionFailsAfterTheWork_ReleasesTheClaimAndReturnsThatError()
    {
        var claim = ClaimAs(ClaimOutcome.Claimed);
        _unitOfWork
            .Setup(unitOfWork => unitOfWork.InTransactionAsync(
                It.IsAny<Func<CancellationToken, Task<Result<ResourceResponse>>>>(), It.IsAny<CancellationToken>()))
            .Returns(async (Func<CancellationToken, Task<Result<ResourceResponse>>> work, CancellationToken token) =>
            {
                await work(token);
                return SaveOutcomes.Conflict;
            });

        var result = await _idempotent.ExecuteAsync(new CreateResourceCommand("Meeting Room", Key), CancellationToken.None);

        Assert.That(result.Error, Is.SameAs(SaveOutcomes.Conflict));
        _store.Verify(store => store.ReleaseAsync(claim, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task Execute_WhenKeyWasCompleted_ReturnsTheStoredResponse()
    {
        ClaimAs(ClaimOutcome.Completed, JsonSerializer.Serialize(Created));

        var result = await _idempotent.ExecuteAsync(new CreateResourceCommand("Meeting Room", Key), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Value, Is.EqualTo(Created));
            Assert.That(result.Value.CreatedAt.Kind, Is.EqualTo(DateTimeKind.Utc));
        }
    }

    [Test]
    public async Task Execute_WhenReplayingWhatAClaimedRunStored_ReturnsAnEqualResponse()
    {
        var stored = new List<string>();
        ClaimAs(ClaimOutcome.Claimed);
        _store.Setup(store => store.CompleteAsync(It.IsAny<IdempotencyClaim>(), Capture.In(stored), It.IsAny<CancellationToken>()))
            .ReturnsAsync(true);
        await _idempotent.ExecuteAsync(new CreateResourceCommand("Meeting Room", Key), CancellationToken.None);
        ClaimAs(ClaimOutcome.Completed, stored.Single());

        var replayed = await _idempotent.ExecuteAsync(new CreateResourceCommand("Meeting Room", Key), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(replayed.Value, Is.EqualTo(Created));
            Assert.That(replayed.Value.CreatedAt.Kind, Is.EqualTo(DateTimeKind.Utc));
            Assert.That(_inner.Commands, Has.Count.EqualTo(1));
        }
    }

    [Test]
    public async Task Execute_WhenKeyIsInProgress_ReturnsConflict()
    {
        ClaimAs(ClaimOutcome.InProgress);

        var result = await _idempotent.ExecuteAsync(new CreateResourceCommand("Meeting Room", Key), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Error?.Kind, Is.EqualTo(ErrorKind.Conflict));
            Assert.That(result.Error?.Code, Is.EqualTo("idempotency_key_in_use"));
        }
    }

    [Test]
    public async Task Execute_WhenKeyWasUsedForAnotherRequest_ReturnsUnprocessable()
    {
        ClaimAs(ClaimOutcome.Mismatch);

        var result = await _idempotent.ExecuteAsync(new CreateResourceCommand("Board Room", Key), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Error?.Kind, Is.EqualTo(ErrorKind.Unprocessable));
            Assert.That(result.Error?.Code, Is.EqualTo("idempotency_key_reused"));
        }
    }

    // The message is the problem's `detail` a frontend shows: it names the header and whether a retry helps.
    [TestCase(ClaimOutcome.InProgress, "retry")]
    [TestCase(ClaimOutcome.Mismatch, "different request")]
    public async Task Execute_WhenKeyCannotBeUsed_SaysWhyInTheMessage(ClaimOutcome outcome, string why)
    {
        ClaimAs(outcome);

        var result = await _idempotent.ExecuteAsync(new CreateResourceCommand("Board Room", Key), CancellationToken.None);

        Assert.That(result.Error?.Message, Does.Contain("Idempotency-Key").And.Contain(why));
    }

    [TestCase(ClaimOutcome.Completed)]
    [TestCase(ClaimOutcome.InProgress)]
    [TestCase(ClaimOutcome.Mismatch)]
    public async Task Execute_WhenKeyIsNotClaimed_NeverRunsInnerNorCompletesNorReleases(ClaimOutcome outcome)
    {
        ClaimAs(outcome, JsonSerializer.Serialize(Created));

        await _idempotent.ExecuteAsync(new CreateResourceCommand("Meeting Room", Key), CancellationToken.None);

        Assert.That(_inner.Commands, Is.Empty);
        _store.Verify(store => store.ClaimAsync(It.IsAny<string>(), Key, It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Once);
        _store.VerifyNoOtherCalls();
        _unitOfWork.VerifyNoOtherCalls();
    }

    private async Task<Result<ResourceResponse>> InTransaction(
        Func<CancellationToken, Task<Result<ResourceResponse>>> work, CancellationToken cancellationToken)
    {
        _inTransaction = true;
        try
        {
            return await work(cancellationToken);
        }
        finally
        {
            _inTransaction = false;
        }
    }

    private IdempotencyClaim ClaimAs(ClaimOutcome outcome, string? response = null)
    {
        var claim = new IdempotencyClaim(outcome, Subject, Key, response);
        _store.Setup(store => store.ClaimAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(claim);
        return claim;
    }

    [Test]
    public async Task Execute_WhenTheLeaseWasLostBeforeCompletion_ReturnsConflictAndReleasesNothingItDoesNotHold()
    {
        var claim = ClaimAs(ClaimOutcome.Claimed);
        _store.Setup(store => store.CompleteAsync(claim, It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(false);

        var result = await _idempotent.ExecuteAsync(new CreateResourceCommand("Meeting Room", Key), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Error?.Code, Is.EqualTo("idempotency_lease_lost"));
            Assert.That(result.Error?.Message, Does.Contain("Idempotency-Key").And.Contain("retry"));
        }

        _store.Verify(store => store.ReleaseAsync(claim, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public void Execute_WhenTheCreateThrows_ReleasesTheClaimAndRethrows()
    {
        var claim = ClaimAs(ClaimOutcome.Claimed);
        _unitOfWork
            .Setup(unitOfWork => unitOfWork.InTransactionAsync(
                It.IsAny<Func<CancellationToken, Task<Result<ResourceResponse>>>>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new TimeoutException("database gone"));

        Assert.ThrowsAsync<TimeoutException>(() => _idempotent.ExecuteAsync(new CreateResourceCommand("Meeting Room", Key), CancellationToken.None));
        _store.Verify(store => store.ReleaseAsync(claim, CancellationToken.None), Times.Once);
    }

    private async Task<string> ScopeForAsync(string tenant, string? subject)
    {
        _user.Setup(user => user.TenantId).Returns(tenant);
        _user.Setup(user => user.Subject).Returns(subject);
        var scopes = new List<string>();
        _store.Setup(store => store.ClaimAsync(Capture.In(scopes), Key, It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new IdempotencyClaim(ClaimOutcome.InProgress, "scope", Key));

        await _idempotent.ExecuteAsync(new CreateResourceCommand("Meeting Room", Key), CancellationToken.None);

        return scopes.Single();
    }

    private async Task<string> RequestHashFor(string? name)
    {
        var hashes = new List<string>();
        _store.Setup(store => store.ClaimAsync(It.IsAny<string>(), Key, Capture.In(hashes), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new IdempotencyClaim(ClaimOutcome.InProgress, Subject, Key));

        await _idempotent.ExecuteAsync(new CreateResourceCommand(name, Key), CancellationToken.None);

        return hashes.Single();
    }

    private sealed class StubCreateResource(Result<ResourceResponse> answer, Func<bool> inTransaction) : IUseCase<CreateResourceCommand, ResourceResponse>
    {
        private readonly List<CreateResourceCommand> _commands = [];
        private readonly List<CancellationToken> _cancellations = [];
        private readonly List<bool> _ranInTransaction = [];

        public Result<ResourceResponse> Answer { get; set; } = answer;

        public IReadOnlyList<CreateResourceCommand> Commands => _commands;

        public IReadOnlyList<CancellationToken> Cancellations => _cancellations;

        public IReadOnlyList<bool> RanInTransaction => _ranInTransaction;

        public Task<Result<ResourceResponse>> ExecuteAsync(CreateResourceCommand command, CancellationToken cancellationToken)
        {
            _commands.Add(command);
            _cancellations.Add(cancellationToken);
            _ranInTransaction.Add(inTransaction());
            return Task.FromResult(Answer);
        }
    }

    public sealed record OtherCommand(string? Name, string? IdempotencyKey) : IIdempotentRequest;
}
