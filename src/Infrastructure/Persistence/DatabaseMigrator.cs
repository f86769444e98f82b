using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ResourceService.Infrastructure.Persistence;

/// <summary>Applies pending migrations before the service accepts requests, when <c>Database:MigrateOnStartup</c> is on.</summary>
internal sealed partial class DatabaseMigrator(IServiceScopeFactory scopes, IOptions<DatabaseOptions> options, ILogger<DatabaseMigrator> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.MigrateOnStartup)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var applied = await MigrateAllAsync(scope.ServiceProvider, cancellationToken);
        LogMigrated(logger, options.Value.Provider, applied);
    }

    /// <summary>
    /// Migrates the shared context, then each module's context (ADR 0035), each to its latest migration in its own
    /// history table.
    /// </summary>
    /// <returns>How many migrations were applied.</returns>
    internal static async Task<int> MigrateAllAsync(IServiceProvider scope, CancellationToken cancellationToken)
    {
        var app = scope.GetRequiredService<AppDbContext>();
        var applied = await MigrateAsync(app, cancellationToken);
        if (app.Database.IsSqlite())
        {
            // Write-ahead logging lets readers run beside the single writer; the setting is kept in the file.
            await app.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        foreach (var module in ModuleDbContexts.Modules())
        {
            applied += await MigrateAsync((DbContext)scope.GetRequiredService(module), cancellationToken);
        }

        return applied;
    }

    private static async Task<int> MigrateAsync(DbContext db, CancellationToken cancellationToken)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        await db.Database.MigrateAsync(cancellationToken);
        return pending;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Database ready on {Provider}: {MigrationCount} migration(s) applied")]
    private static partial void LogMigrated(ILogger logger, DatabaseProvider provider, int migrationCount);
}
