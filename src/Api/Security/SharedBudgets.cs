using StackExchange.Redis;

namespace ResourceService.Api.Security;

/// <summary>
/// Whether the clients' budgets are counted in Redis right now. After a failed count the instance counts locally for
/// <see cref="RetryAfterFailure"/> before it asks Redis again, so an unreachable Redis costs one request a wait of at
/// most <c>Redis:TimeoutMilliseconds</c> per interval, not every request. Each switch is logged once.
/// </summary>
internal sealed partial class SharedBudgets(IConnectionMultiplexer redis, TimeProvider clock, ILogger<SharedBudgets> logger)
{
    public static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(1);

    private long _retryAt;
    private int _local;

    public bool UseShared
    {
        get
        {
            if (!redis.IsConnected)
            {
                CountLocally();
                return false;
            }

            return clock.GetTimestamp() >= Volatile.Read(ref _retryAt);
        }
    }

    public void Failed(Exception error)
    {
        Volatile.Write(ref _retryAt, clock.GetTimestamp() + (long)(RetryAfterFailure.TotalSeconds * clock.TimestampFrequency));
        if (Interlocked.Exchange(ref _local, 1) == 0)
        {
            LogLocal(logger, error.GetType().Name);
        }
    }

    public void Succeeded()
    {
        if (Interlocked.Exchange(ref _local, 0) == 1)
        {
            LogShared(logger);
        }
    }

    private void CountLocally()
    {
        if (Interlocked.Exchange(ref _local, 1) == 0)
        {
            LogLocal(logger, "not connected");
        }
    }

    [LoggerMessage(LogLevel.Warning, "Redis cannot count the rate limits ({Reason}): each instance counts its own until it can again")]
    private static partial void LogLocal(ILogger logger, string reason);

    [LoggerMessage(LogLevel.Information, "Redis counts the rate limits again: a client's budget is shared by every instance")]
    private static partial void LogShared(ILogger logger);
}
