using Microsoft.EntityFrameworkCore;
using ResourceService.Infrastructure.IntegrationTests.Engines;
using ResourceService.Infrastructure.Persistence;

namespace ResourceService.Infrastructure.IntegrationTests.Persistence;

/// <summary>
/// The migrations bundles CI builds into artifacts/ do what the runbook's deploy and rollback steps say:
/// no argument applies every migration, a migration's name reverts to it, and the bundle applies again.
/// </summary>
[TestFixture(DatabaseProvider.PostgreSql)]
[TestFixture(DatabaseProvider.SqlServer)]
public sealed class MigrationBundleTests(DatabaseProvider provider)
{
    private string _bundle = null!;
    private string _connectionString = null!;

    [OneTimeSetUp]
    public async Task FindTheBundleAndAnEmptyDatabaseAsync()
    {
        _bundle = Path.Combine(RepositoryRoot(), "artifacts", $"efbundle-{provider.ToString().ToLowerInvariant()}");
        if (!File.Exists(_bundle))
        {
            var missing = $"no {_bundle}: .ci/run builds it (dotnet ef migrations bundle)";
            if (EngineRegistry.IsCi)
            {
                Assert.Fail(missing);
            }

            Assert.Ignore(missing);
        }

        var engine = await EngineRegistry.RequireAsync(provider);
        _connectionString = await engine.CreateDatabaseAsync($"resources_bundle_{Guid.NewGuid():N}");
    }

    [Test]
    public async Task Bundle_AppliesEverything_RevertsToTheNamedMigration_AndAppliesAgain()
    {
        await using var db = TestDatabases.CreateContext(provider, _connectionString);
        var all = db.Database.GetMigrations().ToList();
        Assert.That(all, Has.Count.GreaterThanOrEqualTo(2), "a rollback needs a previous migration to return to");

        await RunBundleAsync();
        var afterDeploy = await db.Database.GetAppliedMigrationsAsync();
        await RunBundleAsync(all[^2]);
        var afterRollback = await db.Database.GetAppliedMigrationsAsync();
        await RunBundleAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(afterDeploy, Is.EqualTo(all));
            Assert.That(afterRollback, Is.EqualTo(all.Take(all.Count - 1)));
            Assert.That(await db.Database.GetAppliedMigrationsAsync(), Is.EqualTo(all));
        }
    }

    private async Task RunBundleAsync(params string[] target)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var result = await ProcessRunner.RunAsync(_bundle, ["--connection", _connectionString, .. target], Path.GetDirectoryName(_bundle)!, timeout.Token);
        result.EnsureSuccess();
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Solution.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Solution.sln not found above the test binaries");
    }
}
