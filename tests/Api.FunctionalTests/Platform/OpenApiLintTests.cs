using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ResourceService.Api.FunctionalTests.Infrastructure;

namespace ResourceService.Api.FunctionalTests.Platform;

/// <summary>
/// Lints the served OpenAPI document with Spectral: the OpenAPI rules and the OWASP API Security Top 10 rules, as
/// <c>OpenApi/spectral.yaml</c> sets them (docs/security-openapi-lint.md says why each exception is one). Needs
/// Node.js's npx and npm; without them the tests are ignored with the reason, or fail when CI=true.
/// </summary>
public sealed class OpenApiLintTests : ApiFixture
{
    private const string SpectralCli = "@stoplight/spectral-cli@6.16.3";
    private const string OwaspRuleset = "@stoplight/spectral-owasp-ruleset@2.0.1";
    private const string RulesetFile = "spectral.yaml";
    private const int ErrorSeverity = 0;

    // The first run downloads Spectral and the ruleset.
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(5);
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private DirectoryInfo? _workspace;
    private JsonNode _document = null!;

    [OneTimeSetUp]
    public async Task InstallRulesetAndReadDocument()
    {
        RequireOnPath("npx");
        RequireOnPath("npm");

        _workspace = Directory.CreateTempSubdirectory("openapi-lint-");
        File.Copy(FindRuleset(), Path.Combine(_workspace.FullName, RulesetFile));
        // The ruleset extends the OWASP package by name; Spectral finds it in the node_modules beside the ruleset.
        var install = await RunAsync("npm", "install", "--no-save", "--no-package-lock", "--no-audit", "--no-fund", "--ignore-scripts", OwaspRuleset);
        Assert.That(install.ExitCode, Is.Zero, install.ToString());

        using var anonymous = Factory.CreateClient();
        using var response = await anonymous.GetAsync("/openapi/v1.json");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        _document = await response.ReadJsonAsync();
    }

    [OneTimeTearDown]
    public void DeleteWorkspace() => _workspace?.Delete(recursive: true);

    [Test]
    public async Task ServedDocument_HasNoSpectralErrors()
    {
        var findings = await LintAsync(_document);

        var errors = findings.Where(finding => finding.Severity == ErrorSeverity).ToList();
        foreach (var warning in findings.Except(errors))
        {
            await TestContext.Progress.WriteLineAsync($"Spectral: {warning}");
        }

        Assert.That(errors, Is.Empty, $"Spectral errors:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
    }

    [Test]
    public async Task Lint_ReportsAnUnboundedStringAsAnError()
    {
        var broken = _document.DeepClone();
        broken["paths"]!["/api/v1/resource/{id}"]!["get"]!["parameters"]!.AsArray().Add(new JsonObject
        {
            ["name"] = "unbounded",
            ["in"] = "query",
            ["schema"] = new JsonObject { ["type"] = "string" },
        });

        var findings = await LintAsync(broken);

        Assert.That(
            findings.Where(finding => finding.Severity == ErrorSeverity).Select(finding => finding.Code),
            Does.Contain("owasp:api4:2023-string-limit"),
            string.Join(Environment.NewLine, findings));
    }

    private async Task<List<Finding>> LintAsync(JsonNode document)
    {
        var file = Path.Combine(_workspace!.FullName, $"openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, document.ToJsonString(Indented));

        var lint = await RunAsync("npx", "--yes", SpectralCli, "lint", file, "--ruleset", RulesetFile, "--format", "json", "--quiet");

        // 0: nothing at error severity, 1: errors found; anything else means Spectral itself failed.
        Assert.That(lint.ExitCode, Is.AnyOf(0, 1), lint.ToString());
        var results = JsonNode.Parse(lint.Output) as JsonArray;
        Assert.That(results, Is.Not.Null, lint.ToString());
        return [.. results!.Select(Finding.From)];
    }

    private async Task<CommandResult> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(FindOnPath(program)!)
        {
            WorkingDirectory = _workspace!.FullName,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["npm_config_update_notifier"] = "false";
        var command = $"{program} {string.Join(' ', arguments)}";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start `{command}`.");
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(CommandTimeout);
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"`{command}` did not finish within {CommandTimeout.TotalMinutes} minutes.");
        }

        return new CommandResult(command, process.ExitCode, await output, await errors);
    }

    private static void RequireOnPath(string program)
    {
        if (FindOnPath(program) is not null)
        {
            return;
        }

        var reason = $"`{program}` (Node.js) is not on PATH, so the OpenAPI document cannot be linted with Spectral.";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail($"CI=true requires it: {reason}");
        }

        Assert.Ignore(reason);
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, OperatingSystem.IsWindows() ? $"{program}.cmd" : program))
            .FirstOrDefault(File.Exists);

    /// <summary>The ruleset in the project's source folder, found upwards from the test binaries.</summary>
    private static string FindRuleset()
    {
        for (var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "OpenApi", RulesetFile);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"No OpenApi/{RulesetFile} above {TestContext.CurrentContext.TestDirectory}.");
    }

    private sealed record CommandResult(string Command, int ExitCode, string Output, string Errors)
    {
        public override string ToString() => $"`{Command}` exited with {ExitCode}:{Environment.NewLine}{Output}{Environment.NewLine}{Errors}";
    }

    private sealed record Finding(string Code, int Severity, string Path, string Message)
    {
        public static Finding From(JsonNode? result) => new(
            result!["code"]!.ToString(),
            result["severity"]!.GetValue<int>(),
            string.Join('.', result["path"]!.AsArray().Select(segment => segment!.ToString())),
            result["message"]!.ToString());

        public override string ToString() => $"{Code} at {Path}: {Message}";
    }
}
