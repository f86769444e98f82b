using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using ResourceService.TestSupport;

namespace ResourceService.EndToEnd.Tests.Console;

/// <summary>
/// The console's JavaScript (JSDoc types) against the contract the service serves: openapi-typescript turns the
/// served /openapi/v1.json into declarations, and <c>tsc --checkJs --noEmit</c> checks every console module against
/// them (tests/Console.TypeCheck). A contract change the console does not follow fails here.
/// </summary>
public sealed class ConsoleTypeCheckTests
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private string _project = null!;
    private JsonNode _document = null!;

    [OneTimeSetUp]
    public async Task InstallToolsAndReadTheServedDocumentAsync()
    {
        NodeCommand.Require("npm");
        NodeCommand.Require("node");
        _project = FindProject();
        var install = await NodeCommand.RunAsync(_project, "npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts");
        Assert.That(install.ExitCode, Is.Zero, install.ToString());

        var folder = Directory.CreateTempSubdirectory("resource-contract-");
        try
        {
            await using var service = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
            {
                builder.UseEnvironment("Production");
                builder.UseSetting("Database:Provider", "Sqlite");
                builder.UseSetting("ConnectionStrings:Default", $"Data Source={Path.Combine(folder.FullName, "resources.db")}");
                foreach (var (key, value) in TestTokens.BearerSettings)
                {
                    builder.UseSetting(key, value);
                }
            });
            using var anonymous = service.CreateClient();
            _document = JsonNode.Parse(await anonymous.GetStringAsync("/openapi/v1.json"))!;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    [Test]
    public async Task TheConsole_TypeChecksAgainstTheServedContract()
    {
        // Written where tsconfig.json expects it, so an editor opened on the console sees the same types.
        var result = await CheckAsync(_document, Path.Combine(_project, "generated"), Path.Combine(_project, "tsconfig.json"));

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
    }

    [Test]
    public async Task AContractChangeTheConsoleDoesNotFollow_FailsTheTypeCheck()
    {
        var changed = _document.DeepClone();
        var resource = changed["components"]!["schemas"]!["ResourceResponse"]!.AsObject();
        var properties = resource["properties"]!.AsObject();
        var name = properties["name"]!.DeepClone();
        properties.Remove("name");
        properties.Add("title", name);
        resource["required"] = new JsonArray([.. resource["required"]!.AsArray().Select(field => JsonValue.Create(field!.GetValue<string>() == "name" ? "title" : field.GetValue<string>()))]);

        var folder = Directory.CreateTempSubdirectory("resource-console-check-");
        try
        {
            // The project's own settings and files, with the changed contract in place of the served one.
            var settings = Path.Combine(folder.FullName, "tsconfig.json");
            await File.WriteAllTextAsync(settings, new JsonObject
            {
                ["extends"] = Path.Combine(_project, "tsconfig.json"),
                ["compilerOptions"] = new JsonObject { ["paths"] = new JsonObject { ["contract"] = new JsonArray("./openapi.d.ts") } },
            }.ToJsonString(Indented));

            var result = await CheckAsync(changed, folder.FullName, settings);

            using (Assert.EnterMultipleScope())
            {
                Assert.That(result.ExitCode, Is.Not.Zero, result.ToString());
                Assert.That(result.Output, Does.Contain("Property 'name' does not exist"), result.ToString());
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private async Task<CommandResult> CheckAsync(JsonNode document, string folder, string settings)
    {
        Directory.CreateDirectory(folder);
        var contract = Path.Combine(folder, "openapi.json");
        await File.WriteAllTextAsync(contract, document.ToJsonString(Indented));

        var generate = await NodeCommand.RunAsync(_project, "node", "node_modules/openapi-typescript/bin/cli.js", contract,
            "--output", Path.Combine(folder, "openapi.d.ts"));
        Assert.That(generate.ExitCode, Is.Zero, generate.ToString());

        return await NodeCommand.RunAsync(_project, "node", "node_modules/typescript/bin/tsc", "--project", settings, "--pretty", "false");
    }

    /// <summary>tests/Console.TypeCheck, found upwards from the test binaries.</summary>
    private static string FindProject()
    {
        for (var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "tests", "Console.TypeCheck");
            if (File.Exists(Path.Combine(candidate, "package-lock.json")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No tests/Console.TypeCheck above {TestContext.CurrentContext.TestDirectory}.");
    }
}
