namespace ResourceService.Infrastructure.Persistence;

/// <summary>How far SQLite waits for the disk before a commit returns (ADR 0022).</summary>
public enum SqliteSynchronous
{
    /// <summary>A commit survives the process being killed; the last ones before a power loss may be undone.</summary>
    Normal,

    /// <summary>A commit also survives a power loss: the write-ahead log is flushed to disk at every commit.</summary>
    Full,
}

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
    PostgreSql,
}

/// <summary>The <c>Database</c> settings section; the connection string is <c>ConnectionStrings:Default</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public const string ConnectionStringName = "Default";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>How long one database command may run before the request fails, in seconds.</summary>
    public int CommandTimeoutSeconds { get; set; } = 10;

    /// <summary>SQLite only: what an acknowledged write survives (ADR 0022).</summary>
    public SqliteSynchronous SqliteSynchronous { get; set; } = SqliteSynchronous.Normal;

    /// <summary>
    /// The options of <c>dotnet ef</c> and of the migrations bundles built from it: a migration may build an index
    /// on a large table, far longer than a request may take, and a bundle has no option to raise the timeout.
    /// </summary>
    internal static DatabaseOptions ForMigrationTools() => new() { CommandTimeoutSeconds = 600 };
}
