using Microsoft.EntityFrameworkCore;
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
