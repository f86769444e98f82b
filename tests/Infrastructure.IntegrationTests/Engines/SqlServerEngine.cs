using System.Data.Common;
using Microsoft.Data.SqlClient;
using ResourceService.Infrastructure.Persistence;
using Respawn;
using Testcontainers.MsSql;

namespace ResourceService.Infrastructure.IntegrationTests.Engines;

/// <summary>A real SQL Server: the one named by <c>RESOURCE_TEST_SQLSERVER</c>, else a Testcontainers container.</summary>
public sealed class SqlServerEngine : RespawnEngine
{
    public const string Variable = "RESOURCE_TEST_SQLSERVER";

    private readonly string _adminConnectionString;
    private readonly IAsyncDisposable? _owned;

    private SqlServerEngine(string adminConnectionString, string source, IAsyncDisposable? owned = null)
    {
        _adminConnectionString = adminConnectionString;
        Source = source;
        _owned = owned;
    }

    public override DatabaseProvider Provider => DatabaseProvider.SqlServer;

    public override string Source { get; }

    protected override IDbAdapter Adapter => DbAdapter.SqlServer;

    public static async Task<(DatabaseEngine? Engine, string Reason)> TryStartAsync()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured)
        {
            return (new SqlServerEngine(configured, $"${Variable}"), "");
        }

        try
        {
            var container = new MsSqlBuilder("mcr.microsoft.com/mssql/server:2022-latest").Build();
            await container.StartAsync();
            return (new SqlServerEngine(container.GetConnectionString(), "Testcontainers", container), "");
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return (null, $"no SQL Server: ${Variable} is unset and Docker is unavailable ({exception.GetType().Name})");
        }
    }

    public override async Task<string> CreateDatabaseAsync(string name)
    {
        await using (var connection = new SqlConnection(_adminConnectionString))
        {
            await connection.OpenAsync();
            await using var create = connection.CreateCommand();
            create.CommandText = $"CREATE DATABASE [{name}]";
            await create.ExecuteNonQueryAsync();
        }

        return new SqlConnectionStringBuilder(_adminConnectionString) { InitialCatalog = name }.ConnectionString;
    }

    protected override DbConnection OpenConnection(string connectionString) => new SqlConnection(connectionString);

    public override async ValueTask DisposeAsync()
    {
        SqlConnection.ClearAllPools();
        if (_owned is not null)
        {
            await _owned.DisposeAsync();
        }

        await base.DisposeAsync();
    }
}
