using System.Text.RegularExpressions;

namespace ResourceService.Deployment.Tests;

/// <summary>deploy/scale-out: two instances behind nginx on one PostgreSQL and one Redis, each scraped by Prometheus.</summary>
public sealed partial class ScaleOutTopologyTests
{
    private static readonly string Folder = Path.Combine(Tools.RepositoryRoot, "deploy", "scale-out");

    private static readonly Dictionary<string, string?> Secrets = new()
    {
        ["POSTGRES_PASSWORD"] = "not-a-real-password",
        ["RESOURCE_SIGNING_KEY"] = "bm90LWEtcmVhbC1rZXk=",
    };

    [Test]
    public async Task Compose_RunsTwoInstancesOnOneRedisAndOneDatabase()
    {
        Tools.Require(Tools.OnPath("docker-compose"), "no docker-compose (Debian package docker-compose)");

        var (exitCode, output) = await Tools.RunAsync(
            "docker-compose", ["-f", "deploy/scale-out/compose.yaml", "config"], TimeSpan.FromMinutes(1), Secrets);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exitCode, Is.Zero, output);
            Assert.That(RedisSetting().Matches(output), Has.Count.EqualTo(2), "both instances name the one Redis");
            Assert.That(output, Does.Contain("redis:7").And.Contain("postgres:16").And.Contain("nginx:").And.Contain("prom/prometheus"));
            Assert.That(output, Does.Contain("Database__MigrateOnStartup: 'false'").Or.Contain("Database__MigrateOnStartup: \"false\""),
                "only one instance migrates");
        }
    }

    [Test]
    public async Task Nginx_SpreadsOverTheInstancesThatPrometheusScrapes()
    {
        var nginx = await File.ReadAllTextAsync(Path.Combine(Folder, "nginx.conf"));
        var prometheus = await File.ReadAllTextAsync(Path.Combine(Folder, "prometheus.yml"));

        var upstreams = Upstream().Matches(nginx).Select(match => match.Groups["host"].Value).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(upstreams, Is.EquivalentTo(new[] { "api-1:8080", "api-2:8080" }));
            Assert.That(upstreams, Is.All.Matches<string>(host => prometheus.Contains($"\"{host}\"", StringComparison.Ordinal)));
        }
    }

    [Test]
    public async Task Prometheus_AsMountedByCompose_PassesPromtoolWithTheAlertRules()
    {
        Tools.Require(Tools.OnPath("promtool"), "no promtool (Debian package prometheus)");
        var layout = Directory.CreateTempSubdirectory("scale-out-prometheus-");
        try
        {
            File.Copy(Path.Combine(Folder, "prometheus.yml"), Path.Combine(layout.FullName, "prometheus.yml"));
            Directory.CreateDirectory(Path.Combine(layout.FullName, "rules"));
            File.Copy(Path.Combine(Tools.RepositoryRoot, "docs", "ops", "prometheus", "alerts.yml"), Path.Combine(layout.FullName, "rules", "alerts.yml"));

            var (exitCode, output) = await Tools.RunAsync(
                "promtool", ["check", "config", Path.Combine(layout.FullName, "prometheus.yml")], TimeSpan.FromMinutes(1));

            Assert.That(exitCode, Is.Zero, output);
        }
        finally
        {
            layout.Delete(recursive: true);
        }
    }

    [GeneratedRegex(@"ConnectionStrings__Redis: '?redis:6379")]
    private static partial Regex RedisSetting();

    [GeneratedRegex(@"^\s*server (?<host>[\w.-]+:\d+)", RegexOptions.Multiline)]
    private static partial Regex Upstream();
}
