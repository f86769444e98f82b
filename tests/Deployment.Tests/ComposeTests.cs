using System.Text.RegularExpressions;

namespace ResourceService.Deployment.Tests;

/// <summary>deploy/compose.yaml as Debian's docker-compose (v1) reads it; no engine or image needed.</summary>
public sealed partial class ComposeTests
{
    private static readonly Dictionary<string, string?> Secrets = new()
    {
        ["MSSQL_SA_PASSWORD"] = "not-a-real-password",
        ["RESOURCE_SIGNING_KEY"] = "bm90LWEtcmVhbC1rZXk=",
    };

    [SetUp]
    public void RequireDockerCompose() => Tools.Require(Tools.OnPath("docker-compose"), "no docker-compose (Debian package docker-compose)");

    [Test]
    public async Task Compose_WithItsSecretsInTheEnvironment_IsValid()
    {
        var (exitCode, output) = await ConfigAsync(Secrets);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exitCode, Is.Zero, output);
            Assert.That(output, Does.Contain("mcr.microsoft.com/mssql/server:2022"));
            Assert.That(output, Does.Contain("/etc/prometheus/rules/alerts.yml"));
        }
    }

    [TestCase("MSSQL_SA_PASSWORD")]
    [TestCase("RESOURCE_SIGNING_KEY")]
    public async Task Compose_WithoutASecret_RefusesNamingIt(string secret)
    {
        var (exitCode, output) = await ConfigAsync(new Dictionary<string, string?>(Secrets) { [secret] = null });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exitCode, Is.Not.Zero, output);
            Assert.That(output, Does.Contain($"set {secret}"));
        }
    }

    [Test]
    public async Task Compose_MountsOnlyFilesThatExist()
    {
        var (exitCode, output) = await ConfigAsync(Secrets);
        var sources = BindMount().Matches(output).Select(match => match.Groups["source"].Value).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exitCode, Is.Zero, output);
            Assert.That(sources, Has.Count.GreaterThanOrEqualTo(2));
            Assert.That(sources.Where(source => !File.Exists(source) && !Directory.Exists(source)), Is.Empty);
        }
    }

    private static Task<(int ExitCode, string Output)> ConfigAsync(Dictionary<string, string?> environment) =>
        Tools.RunAsync("docker-compose", ["-f", "deploy/compose.yaml", "config"], TimeSpan.FromMinutes(1), environment);

    // docker-compose config writes bind mounts with absolute host paths: "- /host/path:/container/path:ro".
    [GeneratedRegex(@"^\s*- (?<source>/[^:\s]+):/", RegexOptions.Multiline)]
    private static partial Regex BindMount();
}
