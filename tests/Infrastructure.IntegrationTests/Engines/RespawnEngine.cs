using System.Collections.Concurrent;
using System.Data.Common;
using Respawn;
using Respawn.Graph;

namespace ResourceService.Infrastructure.IntegrationTests.Engines;

/// <summary>A server engine whose data Respawn resets between tests, leaving the schema and history alone.</summary>
public abstract class RespawnEngine : DatabaseEngine
{
    private readonly ConcurrentDictionary<string, Respawner> _respawners = new();

    protected abstract IDbAdapter Adapter { get; }

    protected abstract DbConnection OpenConnection(string connectionString);

    public override async Task ResetAsync(string connectionString)
    {
        await using var connection = OpenConnection(connectionString);
        await connection.OpenAsync();
        if (!_respawners.TryGetValue(connectionString, out var respawner))
        {
            respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
            {
                DbAdapter = Adapter,
                TablesToIgnore = [.. TestDatabases.HistoryTables(Provider).Select(table => new Table(table))],
            });
            _respawners[connectionString] = respawner;
        }

        await respawner.ResetAsync(connection);
    }
}
