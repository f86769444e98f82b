using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using ResourceService.TestSupport;

namespace ResourceService.Api.FunctionalTests.Infrastructure;

/// <summary>
/// The real service, in process, on a fresh SQLite file of its own, trusting tokens from <see cref="TestTokens"/>.
/// Settings given here override the service's own, as environment variables would in a deployment.
/// </summary>
public class ApiFactory(IReadOnlyDictionary<string, string?>? settings = null, string environment = "Production", bool trustTestTokens = true)
    : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("resource-api-").FullName;

    public string DatabaseFile => Path.Combine(_folder, "resources.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Default", $"Data Source={DatabaseFile}");
        if (trustTestTokens)
        {
            foreach (var (key, value) in TestTokens.BearerSettings)
            {
                builder.UseSetting(key, value);
            }
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_folder))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }
}
