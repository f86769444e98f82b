using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ResourceService.Infrastructure.IntegrationTests.Engines;
using ResourceService.Infrastructure.Persistence;

namespace ResourceService.Infrastructure.IntegrationTests.SqlServerScripts;

/// <summary>
/// The SQL Server scripts EF Core makes from the migrations this assembly has, generated in-process with no
/// server: the idempotent script a DBA applies, each step a migrations bundle runs up (<c>./efbundle</c>) and
/// down (<c>./efbundle &lt;previous&gt;</c>), and the final schema's create script.
/// </summary>
internal static class SqlServerMigrationScripts
{
    private const string OfflineConnectionString = "Server=offline.invalid;Database=resources";

    public static IReadOnlyList<string> Migrations()
    {
        using var db = CreateContext();
        return [.. db.Database.GetMigrations()];
    }

    /// <summary>Every step between neighbouring migrations, up and down, the first from the empty database.</summary>
    public static IEnumerable<(string From, string To)> Steps()
    {
        var migrations = Migrations();
        for (var i = 0; i < migrations.Count; i++)
        {
            var previous = i == 0 ? Migration.InitialDatabase : migrations[i - 1];
            yield return (previous, migrations[i]);
            yield return (migrations[i], previous);
        }
    }

    public static string Idempotent() => Generate(migrator => migrator.GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent));

    public static string Step(string from, string to) => Generate(migrator => migrator.GenerateScript(from, to));

    public static IReadOnlyList<string> ModelTables()
    {
        using var db = CreateContext();
        return [.. db.Model.GetEntityTypes().Select(type => type.GetTableName()).OfType<string>().Distinct()];
    }

    public static string CreateSchema()
    {
        using var db = CreateContext();
        return db.Database.GenerateCreateScript();
    }

    private static string Generate(Func<IMigrator, string> script)
    {
        using var db = CreateContext();
        return script(db.GetService<IMigrator>());
    }

    private static AppDbContext CreateContext() => TestDatabases.CreateContext(DatabaseProvider.SqlServer, OfflineConnectionString);
}
