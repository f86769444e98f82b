using ResourceService.Infrastructure.Persistence;

namespace ResourceService.Infrastructure.IntegrationTests.Engines;

/// <summary>A database server (or file engine) the suite can create databases on and reset between tests.</summary>
public abstract class DatabaseEngine : IAsyncDisposable
{
    public abstract DatabaseProvider Provider { get; }

    /// <summary>Where the engine came from, for the test log: an environment variable, a local cluster, a container.</summary>
    public abstract string Source { get; }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public abstract Task<string> CreateDatabaseAsync(string name);

    /// <summary>Deletes every row of the service's tables, keeping the schema and the migration history.</summary>
    public abstract Task ResetAsync(string connectionString);

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}
