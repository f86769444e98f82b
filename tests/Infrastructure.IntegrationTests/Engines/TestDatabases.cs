using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ResourceService.Application;
using ResourceService.Application.Common;
using ResourceService.Infrastructure.Persistence;
using ResourceService.Infrastructure.Persistence.PostgreSql;
using ResourceService.Infrastructure.Persistence.Sqlite;
using ResourceService.Infrastructure.Persistence.SqlServer;

namespace ResourceService.Infrastructure.IntegrationTests.Engines;

public static class TestDatabases
{
    /// <summary>A context of the engine's own type, configured exactly as the service configures it.</summary>
    public static AppDbContext CreateContext(DatabaseProvider provider, string connectionString)
    {
        var options = new DatabaseOptions();
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                var sqlite = new DbContextOptionsBuilder<SqliteAppDbContext>();
                DatabaseProviders.UseSqlite(sqlite, connectionString, options);
                return new SqliteAppDbContext(sqlite.Options);
            case DatabaseProvider.PostgreSql:
                var postgres = new DbContextOptionsBuilder<PostgreSqlAppDbContext>();
                DatabaseProviders.UsePostgreSql(postgres, connectionString, options);
                return new PostgreSqlAppDbContext(postgres.Options);
            default:
                var sqlServer = new DbContextOptionsBuilder<SqlServerAppDbContext>();
                DatabaseProviders.UseSqlServer(sqlServer, connectionString, options);
                return new SqlServerAppDbContext(sqlServer.Options);
        }
    }

    /// <summary>
    /// The shared context and every module's context of the engine (ADR 0035), each on its own connection and
    /// configured as the service configures it: what a deployment migrates.
    /// </summary>
    public static IReadOnlyList<DbContext> CreateContexts(DatabaseProvider provider, string connectionString) =>
    [
        CreateContext(provider, connectionString),
        .. ModuleDbContexts.ForEngine(provider).Select(module => ModuleDbContexts.Create(module, provider, connectionString, new DatabaseOptions())),
    ];

    /// <summary>Applies every context's migrations, as the service does at start-up.</summary>
    public static async Task MigrateAllAsync(DatabaseProvider provider, string connectionString)
    {
        foreach (var db in CreateContexts(provider, connectionString))
        {
            await using (db)
            {
                await db.Database.MigrateAsync();
            }
        }
    }

    /// <summary>The migrations history table of every context: data resets leave them alone.</summary>
    public static IReadOnlyList<string> HistoryTables(DatabaseProvider provider)
    {
        var contexts = CreateContexts(provider, OfflineConnectionString(provider));
        try
        {
            return [.. contexts.Select(db => RelationalOptionsExtension.Extract(db.GetService<IDbContextOptions>()).MigrationsHistoryTableName!)];
        }
        finally
        {
            foreach (var db in contexts)
            {
                db.Dispose();
            }
        }
    }

    /// <summary>A connection string that configures a context without any server behind it.</summary>
    public static string OfflineConnectionString(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => "Data Source=:memory:",
        DatabaseProvider.PostgreSql => "Host=offline.invalid;Database=resources",
        _ => "Server=offline.invalid;Database=resources",
    };

    /// <summary>The Application and Infrastructure layers composed as the service composes them.</summary>
    public static ServiceProvider BuildServices(
        DatabaseProvider provider, string connectionString, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = provider.ToString(),
                ["Database:MigrateOnStartup"] = "false",
                [$"ConnectionStrings:{DatabaseOptions.ConnectionStringName}"] = connectionString,
            })
            .Build();

        var services = new ServiceCollection()
            .AddLogging()
            .AddApplication()
            .AddInfrastructure(configuration, AppContext.BaseDirectory);
        services.AddSingleton<TestUser>();
        services.AddSingleton<ICurrentUser>(provider => provider.GetRequiredService<TestUser>());
        configure?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    /// <summary>The caller of the suite's operations; a test may switch tenants to play another caller.</summary>
    public sealed class TestUser : ICurrentUser
    {
        public string? Subject { get; set; } = "integration-tests";

        public string TenantId { get; set; } = Tenants.Default;
    }
}
