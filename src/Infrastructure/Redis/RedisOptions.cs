namespace ResourceService.Infrastructure.Redis;

/// <summary>
/// The <c>Redis</c> settings, read only when <c>ConnectionStrings:Redis</c> is set: several instances then share their
/// read cache and rate-limit budgets through it (ADR 0037).
/// </summary>
public sealed class RedisOptions
{
    public const string Section = "Redis";

    /// <summary>The connection string's name: a StackExchange.Redis configuration string; unset = one instance alone.</summary>
    public const string ConnectionStringName = "Redis";

    /// <summary>The longest any request waits on one Redis command before it goes on without Redis, in milliseconds.</summary>
    public int TimeoutMilliseconds { get; set; } = 250;

    /// <summary>How often the link to Redis is checked, so that an outage and the recovery are noticed without traffic.</summary>
    public int CheckIntervalMilliseconds { get; set; } = 1000;

    public TimeSpan Timeout => TimeSpan.FromMilliseconds(TimeoutMilliseconds);
}
