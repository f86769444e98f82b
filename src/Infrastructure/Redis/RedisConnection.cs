using StackExchange.Redis;

namespace ResourceService.Infrastructure.Redis;

/// <summary>
/// The one connection to Redis of this instance, shared by the read cache (second level and backplane), the rate
/// limiter and the readiness check. It never blocks start-up and never queues a command while Redis is away: a command
/// fails at once, or after <see cref="RedisOptions.TimeoutMilliseconds"/>, and its caller goes on without Redis.
/// </summary>
public static class RedisConnection
{
    public static ConfigurationOptions Configure(string connectionString, RedisOptions options)
    {
        var configuration = ConfigurationOptions.Parse(connectionString);
        configuration.AbortOnConnectFail = false;
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        configuration.AsyncTimeout = options.TimeoutMilliseconds;
        configuration.SyncTimeout = options.TimeoutMilliseconds;
        // Connecting is no request's wait (it runs at start-up and in the background): a little longer than a command.
        configuration.ConnectTimeout = 4 * options.TimeoutMilliseconds;
        configuration.ConnectRetry = 1;
        // Timed-out commands are found on the heartbeat (once a second by default): often enough to keep the timeout.
        configuration.HeartbeatInterval = TimeSpan.FromMilliseconds(Math.Max(50, options.TimeoutMilliseconds / 2));
        // Back within a second or so of Redis's return, not after the default's growing pauses.
        configuration.ReconnectRetryPolicy = new LinearRetry(configuration.ConnectTimeout);
        configuration.ClientName ??= "resource-service";
        return configuration;
    }
}
