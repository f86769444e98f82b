using System.Data.Common;
using Npgsql;
using ResourceService.Infrastructure.Persistence;
using Respawn;
using Testcontainers.PostgreSql;

namespace ResourceService.Infrastructure.IntegrationTests.Engines;

/// <summary>
/// A real PostgreSQL server: the one named by <c>RESOURCE_TEST_POSTGRES</c>, else a throwaway cluster
/// from local binaries, else a Testcontainers container when a Docker engine answers.
/// </summary>
public sealed class PostgreSqlEngine : RespawnEngine
{
    public const string Variable = "RESOURCE_TEST_POSTGRES";

    private readonly string _adminConnectionString;
    private readonly IAsyncDisposable? _owned;

    private PostgreSqlEngine(string adminConnectionString, string source, IAsyncDisposable? owned = null, PostgresCluster? cluster = null)
    {
        _adminConnectionString = adminConnectionString;
        Source = source;
        _owned = owned;
        Cluster = cluster;
    }

    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    public override string Source { get; }

    /// <summary>The local cluster behind this engine, when there is one: outage tests stop and start it.</summary>
    public PostgresCluster? Cluster { get; }

    protected override IDbAdapter Adapter => DbAdapter.Postgres;

    public static async Task<(DatabaseEngine? Engine, string Reason)> TryStartAsync()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured)
        {
            return (new PostgreSqlEngine(configured, $"${Variable}"), "");
        }

        if (PostgresCluster.FindBinaries() is { } binaries)
        {
            var cluster = await PostgresCluster.StartAsync(binaries);
            return (new PostgreSqlEngine(cluster.ConnectionString, $"local cluster from {binaries}", cluster, cluster), "");
        }

        try
        {
            var container = new PostgreSqlBuilder("postgres:16-alpine").Build();
            await container.StartAsync();
            return (new PostgreSqlEngine(container.GetConnectionString(), "Testcontainers", container), "");
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return (null, $"no PostgreSQL: ${Variable} is unset, no PostgreSQL binaries were found, and Docker is unavailable ({exception.GetType().Name})");
        }
    }

    public override async Task<string> CreateDatabaseAsync(string name)
    {
        await using (var connection = new NpgsqlConnection(_adminConnectionString))
        {
            await connection.OpenAsync();
            await using var create = connection.CreateCommand();
            create.CommandText = $"CREATE DATABASE \"{name}\"";
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = name }.ConnectionString;
    }

    protected override DbConnection OpenConnection(string connectionString) => new NpgsqlConnection(connectionString);

    public override async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_owned is not null)
        {
            await _owned.DisposeAsync();
        }

        await base.DisposeAsync();
    }
}
