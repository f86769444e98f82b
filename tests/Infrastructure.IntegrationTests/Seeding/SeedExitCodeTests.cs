namespace ResourceService.Infrastructure.IntegrationTests.Seeding;

/// <summary>The process's exit code for a bad seed command line (the parsing itself is proven in the functional suite).</summary>
public sealed class SeedExitCodeTests
{
    [Test]
    public async Task Seed_WithBadArguments_PrintsTheUsageOnStandardErrorAndExits2()
    {
        var run = await SeedProcess.RunAsync(["seed", "--count", "0"], new Dictionary<string, string>());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(2), run.Output);
            Assert.That(run.Output, Does.Match(@"--- stderr ---\s+usage: ResourceService.Api seed --count"));
        }
    }
}
