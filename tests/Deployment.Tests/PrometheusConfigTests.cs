using System.Text.RegularExpressions;

namespace ResourceService.Deployment.Tests;

/// <summary>The compose stack's Prometheus configuration loads the alert rules and scrapes the job they watch.</summary>
public sealed partial class PrometheusConfigTests
{
    private static readonly string Config = Path.Combine(Tools.RepositoryRoot, "deploy", "prometheus", "prometheus.yml");
    private static readonly string Rules = Path.Combine(Tools.RepositoryRoot, "docs", "ops", "prometheus", "alerts.yml");

    [Test]
    public async Task Config_AsMountedByCompose_PassesPromtoolWithTheAlertRules()
    {
        Tools.Require(Tools.OnPath("promtool"), "no promtool (Debian package prometheus)");
        // The layout compose.yaml mounts: the configuration with the rules in rules/ beside it.
        var layout = Directory.CreateTempSubdirectory("prometheus-config-");
        try
        {
            File.Copy(Config, Path.Combine(layout.FullName, "prometheus.yml"));
            Directory.CreateDirectory(Path.Combine(layout.FullName, "rules"));
            File.Copy(Rules, Path.Combine(layout.FullName, "rules", "alerts.yml"));

            var (exitCode, output) = await Tools.RunAsync(
                "promtool", ["check", "config", Path.Combine(layout.FullName, "prometheus.yml")], TimeSpan.FromMinutes(1));

            using (Assert.EnterMultipleScope())
            {
                Assert.That(exitCode, Is.Zero, output);
                Assert.That(output, Does.Contain("SUCCESS").And.Contain("rules found"));
            }
        }
        finally
        {
            layout.Delete(recursive: true);
        }
    }

    [Test]
    public async Task Config_ScrapesTheJobTheAlertRulesSelect()
    {
        var config = await File.ReadAllTextAsync(Config);
        var rules = await File.ReadAllTextAsync(Rules);

        var jobs = JobSelector().Matches(rules).Select(match => match.Groups["job"].Value).Distinct().ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(jobs, Is.Not.Empty);
            Assert.That(jobs, Is.All.Matches<string>(job => config.Contains($"job_name: {job}", StringComparison.Ordinal)));
        }
    }

    [GeneratedRegex("job=\"(?<job>[^\"]+)\"")]
    private static partial Regex JobSelector();
}
