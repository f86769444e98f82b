using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ResourceService.Infrastructure.IntegrationTests.Engines;
using ResourceService.Infrastructure.Persistence;

namespace ResourceService.Infrastructure.IntegrationTests.Persistence;

/// <summary>Checks that need no server, so they run for every engine on every machine.</summary>
public sealed class MigrationModelTests
{
    private static readonly Dictionary<DatabaseProvider, string> OfflineConnectionStrings = new()
    {
        [DatabaseProvider.Sqlite] = "Data Source=:memory:",
        [DatabaseProvider.PostgreSql] = "Host=offline.invalid;Database=resources",
        [DatabaseProvider.SqlServer] = "Server=offline.invalid;Database=resources",
    };

    [TestCaseSource(typeof(EngineRegistry), nameof(EngineRegistry.All))]
    public void Migrations_MatchTheModel(DatabaseProvider provider)
    {
        using var db = TestDatabases.CreateContext(provider, OfflineConnectionStrings[provider]);

        Assert.That(db.Database.HasPendingModelChanges(), Is.False,
            $"the {provider} model changed without a migration: run dotnet ef migrations add for that context");
    }

    private static IEnumerable<TestCaseData> ModuleContexts() =>
        EngineRegistry.All.SelectMany(provider => ModuleDbContexts.ForEngine(provider).Select(module => new TestCaseData(provider, module)));

    [TestCaseSource(nameof(ModuleContexts))]
    public void ModuleMigrations_MatchTheModuleModel(DatabaseProvider provider, Type module)
    {
        using var db = ModuleDbContexts.Create(module, provider, OfflineConnectionStrings[provider], new DatabaseOptions());

        Assert.That(db.Database.HasPendingModelChanges(), Is.False,
            $"the {module.Name} model changed without a migration: run dotnet ef migrations add --context {module.Name}");
    }

    [Test]
    public void EveryModule_HasAContextForEveryEngine_AndItsOwnHistoryTable()
    {
        var modules = ModuleDbContexts.Modules();

        using (Assert.EnterMultipleScope())
        {
            foreach (var provider in EngineRegistry.All)
            {
                Assert.That(ModuleDbContexts.ForEngine(provider).Select(ModuleDbContext.ModuleRoot), Is.EqualTo(modules), provider.ToString());
            }

            Assert.That(TestDatabases.HistoryTables(DatabaseProvider.Sqlite), Is.Unique.And.Count.EqualTo(modules.Count + 1));
        }
    }

    [Test]
    public void SharedModel_HoldsNoTableOfAModuleWithItsOwnContext()
    {
        using var shared = TestDatabases.CreateContext(DatabaseProvider.Sqlite, OfflineConnectionStrings[DatabaseProvider.Sqlite]);
        var moduleEntities = ModuleDbContexts.ForEngine(DatabaseProvider.Sqlite)
            .SelectMany(module =>
            {
                using var db = ModuleDbContexts.Create(module, DatabaseProvider.Sqlite, OfflineConnectionStrings[DatabaseProvider.Sqlite], new DatabaseOptions());
                return db.Model.GetEntityTypes().Select(entity => entity.ClrType).ToList();
            })
            .ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(moduleEntities, Is.Not.Empty);
            Assert.That(shared.Model.GetEntityTypes().Select(entity => entity.ClrType).Intersect(moduleEntities), Is.Empty);
        }
    }

    [Test]
    public void SqlServerIdempotentScript_CreatesTheSchemaWithOrdinalNameKey()
    {
        using var db = TestDatabases.CreateContext(DatabaseProvider.SqlServer, OfflineConnectionStrings[DatabaseProvider.SqlServer]);

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(script, Does.Contain("CREATE TABLE [resource]"));
            Assert.That(script, Does.Contain("[name_key] nvarchar(255) COLLATE Latin1_General_100_BIN2 NOT NULL"));
            Assert.That(script, Does.Contain("CREATE TABLE [idempotency_record]"));
            Assert.That(script, Does.Contain("IF NOT EXISTS"));
        }
    }
}
