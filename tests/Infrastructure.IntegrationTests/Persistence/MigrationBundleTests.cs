using Microsoft.EntityFrameworkCore;
using ResourceService.Infrastructure.IntegrationTests.Engines;
using ResourceService.Infrastructure.Persistence;

namespace ResourceService.Infrastructure.IntegrationTests.Persistence;

/// <summary>
/// The migrations bundles CI builds into artifacts/ do what the runbook's deploy and rollback steps say:
/// no argument applies every migration, a migration's name reverts to it, and the bundle applies again. The shared
/// context's bundle is <c>efbundle-&lt;engine&gt;</c>, each module's <c>efbundle-&lt;engine&gt;-&lt;module&gt;</c> (ADR 0035).
/// </summary>
[TestFixture(DatabaseProvider.PostgreSql)]
[TestFixture(DatabaseProvider.SqlServer)]
public sealed class MigrationBundleTests(DatabaseProvider provider)
{
    private string _connectionString = null!;

    private const string Shared = "shared";

    private static IEnumerable<string> Contexts() => [Shared, .. ModuleDbContexts.Modules().Select(ModuleName)];

    [OneTimeSetUp]
    public async Task FindAnEmptyDatabaseAsync()
    {
        var engine = await EngineRegistry.RequireAsync(provider);
        _connectionString = await engine.CreateDatabaseAsync($"resources_bundle_{Guid.NewGuid():N}");
    }

    [TestCaseSource(nameof(Contexts))]
    public async Task Bundle_AppliesEverything_RevertsToTheNamedMigration_AndAppliesAgain(string context)
    {
        var bundle = FindBundle(context == Shared ? "" : "-" + context);
        await using DbContext db = context == Shared
            ? TestDatabases.CreateContext(provider, _connectionString)
            : ModuleDbContexts.Create(ModuleDbContexts.ForEngine(provider).Single(module => ModuleName(module) == context),
                provider, _connectionString, new DatabaseOptions());
        var all = db.Database.GetMigrations().ToList();
        Assert.That(all, Is.Not.Empty);

        await RunBundleAsync(bundle);
        var afterDeploy = await db.Database.GetAppliedMigrationsAsync();
        await RunBundleAsync(bundle, all.Count > 1 ? all[^2] : "0");
        var afterRollback = await db.Database.GetAppliedMigrationsAsync();
        await RunBundleAsync(bundle);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(afterDeploy, Is.EqualTo(all));
            Assert.That(afterRollback, Is.EqualTo(all.Take(all.Count - 1)));
            Assert.That(await db.Database.GetAppliedMigrationsAsync(), Is.EqualTo(all));
        }
    }

    private static string ModuleName(Type module) => ModuleDbContext.ModuleName(module).ToLowerInvariant();

    private string FindBundle(string suffix)
    {
        var bundle = Path.Combine(RepositoryRoot(), "artifacts", $"efbundle-{provider.ToString().ToLowerInvariant()}{suffix}");
        if (!File.Exists(bundle))
        {
            var missing = $"no {bundle}: .ci/run builds it (dotnet ef migrations bundle)";
            if (EngineRegistry.IsCi)
            {
                Assert.Fail(missing);
            }

            Assert.Ignore(missing);
        }

        return bundle;
    }

    private async Task RunBundleAsync(string bundle, params string[] target)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var result = await ProcessRunner.RunAsync(bundle, ["--connection", _connectionString, .. target], Path.GetDirectoryName(bundle)!, timeout.Token);
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
