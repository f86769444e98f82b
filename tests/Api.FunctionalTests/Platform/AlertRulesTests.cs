using System.Diagnostics;
using System.Text.RegularExpressions;
using ResourceService.Api.FunctionalTests.Infrastructure;

namespace ResourceService.Api.FunctionalTests.Platform;

/// <summary>The alert rules in docs/ops/prometheus pass their promtool tests and watch metrics the service really exports.</summary>
public sealed partial class AlertRulesTests : ApiFixture
{
    private static readonly string RulesFolder = Path.Combine(RepositoryRoot(), "docs", "ops", "prometheus");

    [Test]
    public async Task AlertRules_PassTheirPromtoolTests()
    {
        if (!OnPath("promtool"))
        {
            RequireTool("promtool (Debian package prometheus)");
        }

        var start = new ProcessStartInfo("promtool") { WorkingDirectory = RulesFolder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("test");
        start.ArgumentList.Add("rules");
        start.ArgumentList.Add("alerts.test.yml");
        using var promtool = Process.Start(start)!;
        var output = await promtool.StandardOutput.ReadToEndAsync() + await promtool.StandardError.ReadToEndAsync();
        await promtool.WaitForExitAsync();

        Assert.That(promtool.ExitCode, Is.Zero, output);
    }

    [Test]
    public async Task AlertRules_UseOnlyMetricsTheServiceExports()
    {
        var created = await Client.CreateAsync(UniqueName("alerting"));
        // A miss, then a hit: the cache's counters appear once they have counted something.
        for (var read = 0; read < 2; read++)
        {
            using (await Client.GetAsync($"{ApiClient.Route}/{created["id"]}"))
            {
            }
        }

        using var scraper = Factory.CreateClient();
        var exported = await scraper.GetStringAsync("/metrics");
        var rules = await File.ReadAllTextAsync(Path.Combine(RulesFolder, "alerts.yml"));

        var watched = MetricName().Matches(rules).Select(match => match.Value).Distinct().ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(watched, Is.Not.Empty);
            foreach (var metric in watched)
            {
                Assert.That(exported, Does.Contain(metric + "{"), $"{metric} is in an alert but not in /metrics");
            }
        }
    }

    private static void RequireTool(string tool)
    {
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail($"CI=true requires {tool}");
        }

        Assert.Ignore($"{tool} is not installed");
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Any(folder => File.Exists(Path.Combine(folder, tool)));

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Solution.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Solution.sln not found above the test's folder.");
    }

    // Exported series names (the scraper's own "up" aside): http_server_..._count and the like.
    [GeneratedRegex(@"\b(?!up\b)[a-z]+(?:_[a-z0-9]+)+(?=\{)")]
    private static partial Regex MetricName();
}
