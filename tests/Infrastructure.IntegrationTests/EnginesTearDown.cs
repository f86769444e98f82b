using ResourceService.Infrastructure.IntegrationTests.Engines;

namespace ResourceService.Infrastructure.IntegrationTests;

/// <summary>Stops the engines this run started, once every fixture of the assembly has finished.</summary>
[SetUpFixture]
public sealed class EnginesTearDown
{
    [OneTimeTearDown]
    public Task StopEnginesAsync() => EngineRegistry.DisposeAllAsync();
}
