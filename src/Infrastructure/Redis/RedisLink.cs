using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ResourceService.Infrastructure.Redis;

/// <summary>
/// Whether this instance can use Redis now, and when that changes: one view for the read cache and the rate limiter, so
/// that a command that failed for one makes the other skip Redis too, and no request waits on it twice. The connection's
/// own events say so at once when a socket drops or returns; a check every
/// <see cref="RedisOptions.CheckIntervalMilliseconds"/> catches what they miss (a Redis that stopped answering, one never
/// reached since start-up) and is the only way back after a reported failure. Each change is logged once.
/// </summary>
public sealed partial class RedisLink : BackgroundService
{
    private readonly IConnectionMultiplexer _connection;
    private readonly RedisOptions _options;
    private readonly ILogger<RedisLink> _logger;
    private readonly Lock _gate = new();
    private bool _available;

    public RedisLink(IConnectionMultiplexer connection, IOptions<RedisOptions> options, ILogger<RedisLink> logger)
    {
        (_connection, _options, _logger) = (connection, options.Value, logger);
        _available = connection.IsConnected;
        connection.ConnectionFailed += (_, _) => Refresh(reachable: false);
        connection.ConnectionRestored += (_, _) => Refresh(reachable: null);
    }

    /// <summary>Raised after each change, with the new state; handlers run on the thread that noticed it and must be quick.</summary>
    public event Action<bool>? Changed;

    public bool IsAvailable => Volatile.Read(ref _available);

    /// <summary>The longest any request waits on one Redis command (<c>Redis:TimeoutMilliseconds</c>).</summary>
    public TimeSpan Timeout => _options.Timeout;

    /// <summary>A command failed or timed out: Redis is skipped until the next check reaches it.</summary>
    public void ReportFailure() => Refresh(reachable: false);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(_options.CheckIntervalMilliseconds));
        if (!IsAvailable)
        {
            LogUnavailable(_logger);
        }

        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            Refresh(await PingsAsync());
        }
    }

    private async Task<bool> PingsAsync()
    {
        if (!_connection.IsConnected)
        {
            return false;
        }

        try
        {
            await _connection.GetDatabase().PingAsync();
            return true;
        }
        catch (Exception error) when (error is RedisException or TimeoutException)
        {
            return false;
        }
    }

    private void Refresh(bool? reachable)
    {
        var available = reachable ?? _connection.IsConnected;
        lock (_gate)
        {
            if (available == _available)
            {
                return;
            }

            Volatile.Write(ref _available, available);
            // Inside the lock, so that handlers see the changes in the order they happened.
            Changed?.Invoke(available);
        }

        if (available)
        {
            LogAvailable(_logger);
        }
        else
        {
            LogUnavailable(_logger);
        }
    }

    [LoggerMessage(LogLevel.Warning, "Redis is unavailable: reads are cached in this instance only, briefly, and rate limits count per instance, until it returns")]
    private static partial void LogUnavailable(ILogger logger);

    [LoggerMessage(LogLevel.Information, "Redis is available again: the read cache and the rate limits are shared by every instance")]
    private static partial void LogAvailable(ILogger logger);
}
