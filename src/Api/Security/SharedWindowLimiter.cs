using System.Threading.RateLimiting;
using StackExchange.Redis;

namespace ResourceService.Api.Security;

/// <summary>
/// One client's limiter when Redis is configured: its window is counted in Redis (RedisRateLimiting), the same whichever
/// instance answers; while Redis cannot count, a window of this instance's own counts instead (ADR 0038).
/// </summary>
internal sealed class SharedWindowLimiter(RateLimiter shared, RateLimiter local, SharedBudgets budgets, TimeSpan timeout) : RateLimiter
{
    private static readonly RateLimitLease AskAsynchronously = new Pending();

    public override TimeSpan? IdleDuration =>
        shared.IdleDuration is { } sharedIdle && local.IdleDuration is { } localIdle ? Min(sharedIdle, localIdle) : null;

    public override RateLimiterStatistics? GetStatistics() => local.GetStatistics();

    // Redis is asked asynchronously only; the middleware then calls AcquireAsync.
    protected override RateLimitLease AttemptAcquireCore(int permitCount) =>
        budgets.UseShared ? AskAsynchronously : local.AttemptAcquire(permitCount);

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        if (budgets.UseShared)
        {
            try
            {
                // The connection's own timeout is checked on its heartbeat; this one holds to the millisecond.
                return await shared.AcquireAsync(permitCount, cancellationToken).AsTask().WaitAsync(timeout, cancellationToken);
            }
            catch (Exception error) when (error is RedisException or TimeoutException)
            {
                budgets.Failed();
            }
        }

        return await local.AcquireAsync(permitCount, cancellationToken);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            shared.Dispose();
            local.Dispose();
        }

        base.Dispose(disposing);
    }

    private static TimeSpan Min(TimeSpan first, TimeSpan second) => first < second ? first : second;

    private sealed class Pending : RateLimitLease
    {
        public override bool IsAcquired => false;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
