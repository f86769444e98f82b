using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ResourceService.Infrastructure.IntegrationTests.Engines;
using ResourceService.Infrastructure.Persistence;

namespace ResourceService.Infrastructure.IntegrationTests.SqlServerScripts;

/// <summary>
/// The SQL Server scripts EF Core makes from the migrations this assembly has, generated in-process with no
/// server: the idempotent script a DBA applies, each step a migrations bundle runs up (<c>./efbundle</c>) and
/// down (<c>./efbundle &lt;previous&gt;</c>), and the final schema's create script — for the shared context and each
/// module's context (ADR 0035), which a deployment applies one after the other.
/// </summary>
internal static class SqlServerMigrationScripts
{
    public const string Shared = "shared";

    private const string OfflineConnectionString = "Server=offline.invalid;Database=resources";

    /// <summary>The shared context and each module's, by the name the tests show.</summary>
    public static IReadOnlyList<string> Contexts() =>
        [Shared, .. ModuleDbContexts.ForEngine(DatabaseProvider.SqlServer).Select(module => ModuleDbContext.ModuleName(module).ToLowerInvariant())];

    public static IReadOnlyList<string> Migrations(string context)
    {
        using var db = CreateContext(context);
        return [.. db.Database.GetMigrations()];
    }

    /// <summary>Every step between neighbouring migrations of each context, up and down, the first from the empty database.</summary>
    public static IEnumerable<(string Context, string From, string To)> Steps()
    {
        foreach (var context in Contexts())
        {
            var migrations = Migrations(context);
            for (var i = 0; i < migrations.Count; i++)
            {
                var previous = i == 0 ? Migration.InitialDatabase : migrations[i - 1];
                yield return (context, previous, migrations[i]);
                yield return (context, migrations[i], previous);
            }
        }
    }

    public static string Idempotent(string context) =>
        Generate(context, migrator => migrator.GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent));

    public static string Step(string context, string from, string to) => Generate(context, migrator => migrator.GenerateScript(from, to));

    public static IReadOnlyList<string> ModelTables() =>
        [.. Contexts().SelectMany(context =>
        {
            using var db = CreateContext(context);
            return db.Model.GetEntityTypes().Select(type => type.GetTableName()).OfType<string>().ToList();
        }).Distinct()];

    /// <summary>The final schema of every context, in the order a deployment creates them.</summary>
    public static string CreateSchema() =>
        string.Join("\nGO\n", Contexts().Select(context =>
        {
            using var db = CreateContext(context);
            return db.Database.GenerateCreateScript();
        }));

    private static string Generate(string context, Func<IMigrator, string> script)
    {
        using var db = CreateContext(context);
        return script(db.GetService<IMigrator>());
    }

    private static DbContext CreateContext(string context) =>
        context == Shared
            ? TestDatabases.CreateContext(DatabaseProvider.SqlServer, OfflineConnectionString)
            : ModuleDbContexts.Create(
                ModuleDbContexts.ForEngine(DatabaseProvider.SqlServer).Single(module => string.Equals(ModuleDbContext.ModuleName(module), context, StringComparison.OrdinalIgnoreCase)),
                DatabaseProvider.SqlServer, OfflineConnectionString, new DatabaseOptions());
}
