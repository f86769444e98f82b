using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection;
using ResourceService.Application.Common;
using ResourceService.Infrastructure.Persistence.PostgreSql;
using ResourceService.Infrastructure.Persistence.Sqlite;
using ResourceService.Infrastructure.Persistence.SqlServer;

namespace ResourceService.Infrastructure.Persistence;

/// <summary>How each engine is configured, shared by the running service and by <c>dotnet ef</c>.</summary>
internal static class DatabaseProviders
{
    public static void AddAppDbContext(IServiceCollection services, DatabaseOptions options, string connectionString)
    {
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                AddPooled<SqliteAppDbContext>(services, builder => UseSqlite(builder, connectionString, options));
                break;
            case DatabaseProvider.SqlServer:
                AddPooled<SqlServerAppDbContext>(services, builder => UseSqlServer(builder, connectionString, options));
                break;
            case DatabaseProvider.PostgreSql:
                AddPooled<PostgreSqlAppDbContext>(services, builder => UsePostgreSql(builder, connectionString, options));
                break;
            default:
                throw new InvalidOperationException($"Database:Provider '{options.Provider}' is not supported.");
        }

        ModuleDbContexts.Add(services, options, connectionString);
        services.AddSingleton(new WriteGate(serializeWrites: options.Provider == DatabaseProvider.Sqlite));
    }

    // A request leases a pooled context and hands it the caller's tenant; disposing the scope returns it to the pool.
    private static void AddPooled<TContext>(IServiceCollection services, Action<DbContextOptionsBuilder> configure)
        where TContext : AppDbContext
    {
        services.AddPooledDbContextFactory<TContext>(configure);
        services.AddScoped<AppDbContext>(provider =>
        {
            var db = provider.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext();
            db.TenantId = provider.GetRequiredService<ICurrentUser>().TenantId;
            return db;
        });
    }

    // Shared by every engine: the history table's name in the schema's own naming, and how often a transient
    // failure is retried by the server engines (the whole request stays within a few seconds of the timeout).
    internal const string HistoryTable = "__ef_migrations_history";
    private const int MaxRetries = 3;
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(2);

    public static DbContextOptionsBuilder UseSqlite(
        DbContextOptionsBuilder builder, string connectionString, DatabaseOptions options, string historyTable = HistoryTable) =>
        Conventions(builder.UseSqlite(connectionString, sqlite => sqlite
            .CommandTimeout(options.CommandTimeoutSeconds)
            .MigrationsHistoryTable(historyTable)))
            .AddInterceptors(new SqliteSynchronousMode(options.SqliteSynchronous));

    public static DbContextOptionsBuilder UseSqlServer(
        DbContextOptionsBuilder builder, string connectionString, DatabaseOptions options, string historyTable = HistoryTable) =>
        Conventions(builder.UseSqlServer(connectionString, sqlServer => sqlServer
            .CommandTimeout(options.CommandTimeoutSeconds)
            .EnableRetryOnFailure(MaxRetries, MaxRetryDelay, errorNumbersToAdd: null)
            .MigrationsHistoryTable(historyTable)));

    public static DbContextOptionsBuilder UsePostgreSql(
        DbContextOptionsBuilder builder, string connectionString, DatabaseOptions options, string historyTable = HistoryTable) =>
        Conventions(builder.UseNpgsql(connectionString, npgsql => npgsql
            .CommandTimeout(options.CommandTimeoutSeconds)
            .EnableRetryOnFailure(MaxRetries, MaxRetryDelay, errorCodesToAdd: null)
            .MigrationsHistoryTable(historyTable)));

    /// <summary>Configures the builder for the given engine, as the service does.</summary>
    public static DbContextOptionsBuilder Use(
        DatabaseProvider provider, DbContextOptionsBuilder builder, string connectionString, DatabaseOptions options, string historyTable = HistoryTable) =>
        provider switch
        {
            DatabaseProvider.Sqlite => UseSqlite(builder, connectionString, options, historyTable),
            DatabaseProvider.SqlServer => UseSqlServer(builder, connectionString, options, historyTable),
            DatabaseProvider.PostgreSql => UsePostgreSql(builder, connectionString, options, historyTable),
            _ => throw new InvalidOperationException($"Database:Provider '{provider}' is not supported."),
        };

    private static DbContextOptionsBuilder Conventions(DbContextOptionsBuilder builder) =>
        builder.UseSnakeCaseNamingConvention().ConfigureWarnings(QuietExpectedFailures);

    /// <summary>
    /// EF Core would log every failed command and save as an error, although the service answers for each failure
    /// itself: a unique violation is an expected idempotency race, an outage is logged once as a 503 warning and a
    /// bug once as a 500 error — with the trace id. EF's own copies go to Debug.
    /// </summary>
    private static void QuietExpectedFailures(WarningsConfigurationBuilder warnings) =>
        warnings.Log(
            (RelationalEventId.CommandError, LogLevel.Debug),
            (CoreEventId.SaveChangesFailed, LogLevel.Debug));

    /// <summary>A relative SQLite file is placed under the service's content root, and its folder is created.</summary>
    public static string ResolveSqliteFile(string connectionString, string contentRootPath)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is "" or ":memory:" || builder.Mode == SqliteOpenMode.Memory)
        {
            return connectionString;
        }

        builder.DataSource = Path.GetFullPath(builder.DataSource, contentRootPath);
        Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        return builder.ToString();
    }
}
