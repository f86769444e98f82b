using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ResourceService.Application.Common;
using ResourceService.Infrastructure.Persistence;

namespace ResourceService.Infrastructure.Idempotency;

/// <summary>Deletes idempotency records whose retention has ended, at start-up and every hour after.</summary>
internal sealed partial class IdempotencyPurge(IServiceScopeFactory scopes, TimeProvider clock, ILogger<IdempotencyPurge> logger)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    public async Task<int> PurgeExpiredAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.UtcNow();
        return await db.Set<IdempotencyRecord>().Where(record => record.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                var purged = await PurgeExpiredAsync(stoppingToken);
                LogPurged(logger, purged);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The next round tries again; an unreachable database is reported by /health/ready meanwhile.
                LogPurgeFailed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(EventId = 110, Level = LogLevel.Debug, Message = "Purged {Count} expired idempotency record(s)")]
    private static partial void LogPurged(ILogger logger, int count);

    [LoggerMessage(EventId = 111, Level = LogLevel.Warning, Message = "Purging expired idempotency records failed; retrying in an hour")]
    private static partial void LogPurgeFailed(ILogger logger, Exception exception);
}
