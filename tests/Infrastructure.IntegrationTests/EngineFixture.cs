using Microsoft.Extensions.DependencyInjection;
using ResourceService.Infrastructure.IntegrationTests.Engines;
using ResourceService.Infrastructure.Persistence;

namespace ResourceService.Infrastructure.IntegrationTests;

/// <summary>
/// Runs the derived fixture once per engine, on that engine's shared migrated database, with the data reset
/// before each test. An engine that is not available is ignored with its reason.
/// </summary>
[TestFixtureSource(typeof(EngineRegistry), nameof(EngineRegistry.All))]
public abstract class EngineFixture(DatabaseProvider provider)
{
    protected DatabaseProvider Provider { get; } = provider;

    protected DatabaseEngine Engine { get; private set; } = null!;

    protected string ConnectionString { get; private set; } = null!;

    protected ServiceProvider Services { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task AcquireEngineAsync()
    {
        Engine = await EngineRegistry.RequireAsync(Provider);
        ConnectionString = await EngineRegistry.SharedDatabaseAsync(Engine);
        Services = TestDatabases.BuildServices(Provider, ConnectionString, ConfigureServices);
        await TestContext.Progress.WriteLineAsync($"{GetType().Name} on {Provider} ({Engine.Source})");
    }

    /// <summary>The caller every operation runs as; a test may change its tenant to act as another caller.</summary>
    protected TestDatabases.TestUser Caller => Services.GetRequiredService<TestDatabases.TestUser>();

    [SetUp]
    public Task ResetDataAsync()
    {
        Caller.TenantId = Application.Common.Tenants.Default;
        // The reset changes rows behind the service's back, so its cached reads go too.
        Services.GetRequiredService<Caching.IReadCache>().InvalidateAll();
        return Engine.ResetAsync(ConnectionString);
    }

    [OneTimeTearDown]
    public async Task ReleaseServicesAsync()
    {
        if (Services is not null)
        {
            await Services.DisposeAsync();
        }
    }

    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>Runs the action in a scope of its own, as one request would.</summary>
    protected async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }
}
