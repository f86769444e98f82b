using System.Collections.Concurrent;
using ResourceService.Infrastructure.Persistence;

namespace ResourceService.Infrastructure.IntegrationTests.Engines;

/// <summary>
/// The engines of this run, each started at most once and shared by every fixture. An engine that cannot be
/// had is reported with its reason; with <c>CI=true</c>, a missing PostgreSQL fails the run instead.
/// </summary>
public static class EngineRegistry
{
    private static readonly ConcurrentDictionary<DatabaseProvider, Lazy<Task<(DatabaseEngine? Engine, string Reason)>>> Started = new();
    private static readonly ConcurrentDictionary<DatabaseProvider, Lazy<Task<string>>> SharedDatabases = new();

    /// <summary>The engines every engine-parameterised fixture runs on.</summary>
    public static IEnumerable<DatabaseProvider> All => [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql, DatabaseProvider.SqlServer];

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The engine, or the test is ignored (failed, in CI, for PostgreSQL) with the reason it is missing.</summary>
    public static async Task<DatabaseEngine> RequireAsync(DatabaseProvider provider)
    {
        var (engine, reason) = await Started.GetOrAdd(provider, key => new Lazy<Task<(DatabaseEngine?, string)>>(() => StartAsync(key))).Value;
        if (engine is not null)
        {
            return engine;
        }

        if (provider == DatabaseProvider.PostgreSql && IsCi)
        {
            Assert.Fail($"CI=true requires PostgreSQL: {reason}");
        }

        Assert.Ignore(reason);
        return null!;
    }

    /// <summary>One migrated database per engine for the run; tests reset its rows, never its schema.</summary>
    public static async Task<string> SharedDatabaseAsync(DatabaseEngine engine) =>
        await SharedDatabases.GetOrAdd(engine.Provider, _ => new Lazy<Task<string>>(async () =>
        {
            var connectionString = await engine.CreateDatabaseAsync($"resources_it_{Guid.NewGuid():N}");
            await TestDatabases.MigrateAllAsync(engine.Provider, connectionString);
            return connectionString;
        })).Value;

    internal static async Task DisposeAllAsync()
    {
        foreach (var started in Started.Values.Where(lazy => lazy.IsValueCreated))
        {
            if ((await started.Value).Engine is { } engine)
            {
                await engine.DisposeAsync();
            }
        }
    }

    private static Task<(DatabaseEngine? Engine, string Reason)> StartAsync(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => Task.FromResult<(DatabaseEngine?, string)>((new SqliteEngine(), "")),
        DatabaseProvider.PostgreSql => PostgreSqlEngine.TryStartAsync(),
        _ => SqlServerEngine.TryStartAsync(),
    };
}
