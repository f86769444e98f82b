using Microsoft.Data.Sqlite;
using ResourceService.Infrastructure.Persistence;

namespace ResourceService.Infrastructure.IntegrationTests.Engines;

/// <summary>SQLite files in a folder of their own. Respawn does not speak SQLite, so the reset deletes
/// the rows of every table of the EF model — derived from the model, never a hand-written list.</summary>
public sealed class SqliteEngine : DatabaseEngine
{
    private readonly string _folder = Directory.CreateTempSubdirectory("resource-it-sqlite-").FullName;

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override string Source => "embedded";

    public override Task<string> CreateDatabaseAsync(string name) =>
        Task.FromResult($"Data Source={Path.Combine(_folder, name + ".db")}");

    public override async Task ResetAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        foreach (var table in ModelTables.Names(Provider, connectionString))
        {
            await using var delete = connection.CreateCommand();
            delete.CommandText = $"DELETE FROM \"{table}\"";
            await delete.ExecuteNonQueryAsync();
        }
    }

    public override async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        await base.DisposeAsync();
    }
}
