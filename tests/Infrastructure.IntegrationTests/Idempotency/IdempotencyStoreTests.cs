using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ResourceService.Application.Common;
using ResourceService.Application.Common.Idempotency;
using ResourceService.Application.Resources;
using ResourceService.Application.Resources.CreateResource;
using ResourceService.Application.Resources.ListResources;
using ResourceService.Domain.Common;
using ResourceService.Infrastructure.Idempotency;
using ResourceService.Infrastructure.Persistence;

namespace ResourceService.Infrastructure.IntegrationTests.Idempotency;

public sealed class IdempotencyStoreTests(DatabaseProvider provider) : EngineFixture(provider)
{
    private const string Scope = "alice";
    private const string Hash = "0000000000000000000000000000000000000000000000000000000000000001";
    private const string OtherHash = "0000000000000000000000000000000000000000000000000000000000000002";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));

    [Test]
    public async Task Claim_OfAFreshKey_IsClaimedAndASecondClaimSeesItRunning()
    {
        var key = NewKey();

        var first = await ClaimAsync(key, Hash);
        var second = await ClaimAsync(key, Hash);

        Assert.That((first.Outcome, second.Outcome), Is.EqualTo((ClaimOutcome.Claimed, ClaimOutcome.InProgress)));
    }

    [Test]
    public async Task Claim_AfterCompletion_ReplaysTheStoredResponse()
    {
        var key = NewKey();
        var claim = await ClaimAsync(key, Hash);
        await InScopeAsync(async services =>
        {
            await services.GetRequiredService<IIdempotencyStore>().CompleteAsync(claim, "{\"id\":7}", CancellationToken.None);
            return 0;
        });

        var replay = await ClaimAsync(key, Hash);

        Assert.That((replay.Outcome, replay.Response), Is.EqualTo((ClaimOutcome.Completed, "{\"id\":7}")));
    }

    [Test]
    public async Task Claim_WithADifferentRequest_IsAMismatch()
    {
        var key = NewKey();
        await ClaimAsync(key, Hash);

        var other = await ClaimAsync(key, OtherHash);

        Assert.That(other.Outcome, Is.EqualTo(ClaimOutcome.Mismatch));
    }

    [Test]
    public async Task Claim_OfTheSameKeyByAnotherCaller_IsIndependent()
    {
        var key = NewKey();
        await ClaimAsync(key, Hash);

        var bobs = await ClaimAsync(key, OtherHash, scope: "bob");

        Assert.That(bobs.Outcome, Is.EqualTo(ClaimOutcome.Claimed));
    }

    [Test]
    public async Task Claim_AfterRelease_IsClaimedAgain()
    {
        var key = NewKey();
        var claim = await ClaimAsync(key, Hash);
        await InScopeAsync(async services =>
        {
            await services.GetRequiredService<IIdempotencyStore>().ReleaseAsync(claim, CancellationToken.None);
            return 0;
        });

        var again = await ClaimAsync(key, OtherHash);

        Assert.That(again.Outcome, Is.EqualTo(ClaimOutcome.Claimed));
    }

    [Test]
    public async Task Claim_AfterTheLeaseOfAnAbandonedRequest_TakesTheKeyOver()
    {
        var key = NewKey();
        await ClaimAsync(key, Hash);

        _clock.Advance(IdempotencyKey.Lease + TimeSpan.FromSeconds(1));
        var takeover = await ClaimAsync(key, Hash);
        var afterTakeover = await ClaimAsync(key, Hash);

        Assert.That((takeover.Outcome, afterTakeover.Outcome), Is.EqualTo((ClaimOutcome.Claimed, ClaimOutcome.InProgress)));
    }

    [Test]
    public async Task Complete_AfterARetryTookTheKeyOver_IsRefused()
    {
        var key = NewKey();
        var slow = await ClaimAsync(key, Hash);
        _clock.Advance(IdempotencyKey.Lease + TimeSpan.FromSeconds(1));
        var retry = await ClaimAsync(key, Hash);

        var slowCompleted = await CompleteAsync(slow, "{\"id\":1}");
        var retryCompleted = await CompleteAsync(retry, "{\"id\":2}");
        var replay = await ClaimAsync(key, Hash);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((slowCompleted, retryCompleted), Is.EqualTo((false, true)));
            Assert.That(replay.Response, Is.EqualTo("{\"id\":2}"));
        }
    }

    [Test]
    public async Task Release_AfterARetryTookTheKeyOver_LeavesTheRetrysClaimInPlace()
    {
        var key = NewKey();
        var slow = await ClaimAsync(key, Hash);
        _clock.Advance(IdempotencyKey.Lease + TimeSpan.FromSeconds(1));
        await ClaimAsync(key, Hash);

        await InScopeAsync(async services =>
        {
            await services.GetRequiredService<IIdempotencyStore>().ReleaseAsync(slow, CancellationToken.None);
            return 0;
        });
        var third = await ClaimAsync(key, Hash);

        Assert.That(third.Outcome, Is.EqualTo(ClaimOutcome.InProgress), "the retry still holds the key");
    }

    [Test]
    public async Task Claim_AfterRetentionEnds_ForgetsTheCompletedResponse()
    {
        var key = NewKey();
        var claim = await ClaimAsync(key, Hash);
        await InScopeAsync(async services =>
        {
            await services.GetRequiredService<IIdempotencyStore>().CompleteAsync(claim, "{}", CancellationToken.None);
            return 0;
        });

        _clock.Advance(IdempotencyKey.Retention + TimeSpan.FromSeconds(1));
        var later = await ClaimAsync(key, OtherHash);

        Assert.That(later.Outcome, Is.EqualTo(ClaimOutcome.Claimed));
    }

    [Test]
    public async Task Claim_By20ConcurrentRetries_IsWonByExactlyOne()
    {
        var key = NewKey();

        var claims = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => ClaimAsync(key, Hash))));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(claims.Count(claim => claim.Outcome == ClaimOutcome.Claimed), Is.EqualTo(1));
            Assert.That(claims.Count(claim => claim.Outcome == ClaimOutcome.InProgress), Is.EqualTo(19));
        }
    }

    [Test]
    public async Task Create_RetriedConcurrentlyWithOneKey_StoresOneRowAndAnswersItsId()
    {
        var key = NewKey();

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => InScopeAsync(services =>
            services.GetRequiredService<IUseCase<CreateResourceCommand, ResourceResponse>>().ExecuteAsync(new CreateResourceCommand("once only", key), CancellationToken.None)))));

        var created = results.Where(result => result.IsSuccess).Select(result => result.Value.Id).Distinct().ToList();
        var stored = await InScopeAsync(services => services.GetRequiredService<IResourceQueries>()
            .ListAsync(new ResourceListCriteria(1, 100, "once only", ResourceSortField.Id, false), CancellationToken.None));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(created, Has.Count.EqualTo(1));
            Assert.That(results.Where(result => !result.IsSuccess).Select(result => result.Error!.Kind), Is.All.EqualTo(ErrorKind.Conflict));
            Assert.That(stored.TotalCount, Is.EqualTo(1));
        }

        var replay = await InScopeAsync(services =>
            services.GetRequiredService<IUseCase<CreateResourceCommand, ResourceResponse>>().ExecuteAsync(new CreateResourceCommand("once only", key), CancellationToken.None));
        Assert.That(replay.Value.Id, Is.EqualTo(created[0]));
    }

    [Test]
    public async Task Purge_DeletesOnlyRecordsWhoseRetentionEnded()
    {
        var old = NewKey();
        await ClaimAsync(old, Hash);
        _clock.Advance(IdempotencyKey.Retention - TimeSpan.FromHours(1));
        var recent = NewKey();
        await ClaimAsync(recent, Hash);
        _clock.Advance(TimeSpan.FromHours(2));

        var purged = await Services.GetRequiredService<IdempotencyPurge>().PurgeExpiredAsync(CancellationToken.None);
        var remaining = await InScopeAsync(services => services.GetRequiredService<AppDbContext>()
            .Set<IdempotencyRecord>().Select(record => record.Key).ToListAsync());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(purged, Is.EqualTo(1));
            Assert.That(remaining, Is.EqualTo(new[] { recent }));
        }
    }

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(_clock);

    private Task<IdempotencyClaim> ClaimAsync(string key, string hash, string scope = Scope) =>
        InScopeAsync(services => services.GetRequiredService<IIdempotencyStore>().ClaimAsync(scope, key, hash, CancellationToken.None));

    private Task<bool> CompleteAsync(IdempotencyClaim claim, string response) =>
        InScopeAsync(services => services.GetRequiredService<IIdempotencyStore>().CompleteAsync(claim, response, CancellationToken.None));

    private static string NewKey() => Guid.NewGuid().ToString();
}
