using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ResourceService.Domain.Resources;
using ResourceService.Infrastructure.IntegrationTests.Engines;
using ResourceService.Infrastructure.Persistence;

namespace ResourceService.Infrastructure.IntegrationTests.Persistence;

/// <summary>Every engine's migrations apply to an empty database, roll back one step and apply again, keeping the rows.</summary>
[TestFixtureSource(typeof(EngineRegistry), nameof(EngineRegistry.All))]
public sealed class MigrationTests(DatabaseProvider provider)
{
    private string _connectionString = null!;

    [OneTimeSetUp]
    public async Task CreateEmptyDatabaseAsync()
    {
        var engine = await EngineRegistry.RequireAsync(provider);
        _connectionString = await engine.CreateDatabaseAsync($"resources_migrations_{Guid.NewGuid():N}");
    }

    [Test]
    public async Task Migrations_FromEmpty_RollBackOneStepAndReapply_KeepingExistingRows()
    {
        await using var db = TestDatabases.CreateContext(provider, _connectionString);
        var migrator = db.GetService<IMigrator>();
        var all = db.Database.GetMigrations().ToList();
        Assert.That(all, Has.Count.GreaterThanOrEqualTo(2), "a round trip needs a previous migration to return to");

        await migrator.MigrateAsync();
        Assert.That(await db.Database.GetAppliedMigrationsAsync(), Is.EqualTo(all));
        db.Add(Resource.Create("survives the round trip", DateTime.UtcNow).Value);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        await migrator.MigrateAsync(all[^2]);
        var afterRollback = await db.Database.GetAppliedMigrationsAsync();
        await migrator.MigrateAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(afterRollback, Is.EqualTo(all.Take(all.Count - 1)));
            Assert.That(await db.Database.GetAppliedMigrationsAsync(), Is.EqualTo(all));
            Assert.That(await db.Set<Resource>().Select(resource => resource.Name).ToListAsync(), Is.EqualTo(new[] { "survives the round trip" }));
        }
    }

    [Test]
    public async Task ModuleMigrations_RollBackOneStepAndReapply_EachInItsOwnHistoryTable()
    {
        var modules = ModuleDbContexts.ForEngine(provider);
        Assert.That(modules, Is.Not.Empty, "the Audit module, at least, has a context of its own");
        foreach (var module in modules)
        {
            await using var db = ModuleDbContexts.Create(module, provider, _connectionString, new DatabaseOptions());
            var migrator = db.GetService<IMigrator>();
            var all = db.Database.GetMigrations().ToList();

            await migrator.MigrateAsync();
            var afterDeploy = await db.Database.GetAppliedMigrationsAsync();
            await migrator.MigrateAsync(all.Count > 1 ? all[^2] : Migration.InitialDatabase);
            var afterRollback = await db.Database.GetAppliedMigrationsAsync();
            await migrator.MigrateAsync();

            using (Assert.EnterMultipleScope())
            {
                Assert.That(all, Is.Not.Empty, $"{module.Name} has migrations");
                Assert.That(afterDeploy, Is.EqualTo(all), module.Name);
                Assert.That(afterRollback, Is.EqualTo(all.Take(all.Count - 1)), module.Name);
                Assert.That(await db.Database.GetAppliedMigrationsAsync(), Is.EqualTo(all), module.Name);
                Assert.That(db.GetService<IHistoryRepository>().GetCreateScript(), Does.Contain(ModuleDbContext.HistoryTable(module)));
            }
        }
    }
}
