using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResourceService.Domain.Resources;
using ResourceService.Infrastructure.IntegrationTests.Engines;
using ResourceService.Infrastructure.IntegrationTests.Faults;
using ResourceService.Infrastructure.Persistence;
using ResourceService.TestSupport;

namespace ResourceService.Infrastructure.IntegrationTests.Seeding;

/// <summary>
/// <c>ResourceService.Api.dll seed</c> on a fresh database of each engine: it migrates, inserts through the service's
/// own persistence code into the named tenant only, and exits without starting the web server.
/// </summary>
[TestFixtureSource(typeof(EngineRegistry), nameof(EngineRegistry.All))]
public sealed class SeedCommandTests(DatabaseProvider provider)
{
    private DatabaseEngine _engine = null!;

    [OneTimeSetUp]
    public async Task AcquireEngineAsync() => _engine = await EngineRegistry.RequireAsync(provider);

    [Test]
    public async Task Seed_OnAFreshDatabase_MigratesAndInsertsTheRowsIntoTheCanonicalTenantOnly()
    {
        var database = await _engine.CreateDatabaseAsync($"resources_seed_{Guid.NewGuid():N}");

        // Three batches, the last one short.
        var run = await SeedProcess.RunAsync(["seed", "--count", "2500", "--tenant", "Acme", "--batch", "1000"], Settings(database));

        Assert.That(run.ExitCode, Is.Zero, run.Output);
        Assert.That(run.Output, Does.Match(@"seeded 2500 resources into tenant 'acme' in [0-9.]+ s \([0-9]+ rows/s\)"));
        await using var services = TestDatabases.BuildServices(provider, database);
        services.GetRequiredService<TestDatabases.TestUser>().TenantId = "acme";
        var acme = await RowsAsync(services);
        var (acmeCount, acmeZebras, acme42) = await ThroughTheServiceAsync(database, "Acme");
        var (defaultCount, defaultZebras, default42) = await ThroughTheServiceAsync(database, tenant: null);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(acme.Select(row => row.Id), Is.EqualTo(Enumerable.Range(1, 2500)), "ids 1..N on a fresh database");
            Assert.That(acme[41].NameKey, Is.EqualTo("yellow lever 0042"));
            Assert.That(acme.All(row => row.Version == 1 && row.UpdatedAt is null), Is.True);
            // What the service answers: its maintained counts and its name search see the seeded rows.
            Assert.That(acmeCount, Is.EqualTo(2500));
            Assert.That(acmeZebras, Is.EqualTo(1), "the rare word: row 1 only, below 100,001 rows");
            Assert.That(acme42, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((defaultCount, defaultZebras, default42), Is.EqualTo((0, 0, HttpStatusCode.NotFound)),
                "the default tenant sees none of acme's rows");
        }
    }

    [Test]
    public async Task Seed_WithoutATenant_FillsTheDefaultTenant_AndAppendsToExistingRows()
    {
        var database = await _engine.CreateDatabaseAsync($"resources_seed_{Guid.NewGuid():N}");

        var first = await SeedProcess.RunAsync(["seed", "--count", "3"], Settings(database));
        var second = await SeedProcess.RunAsync(["seed", "--count=2"], Settings(database));

        Assert.That((first.ExitCode, second.ExitCode), Is.EqualTo((0, 0)), first.Output + second.Output);
        await using var services = TestDatabases.BuildServices(provider, database);
        var rows = await RowsAsync(services);
        Assert.That(rows.Select(row => row.Id), Is.EqualTo(new[] { 1, 2, 3, 4, 5 }));
    }

    [Test]
    public async Task Seed_WhileTheServicesAddressIsTaken_SucceedsBecauseItNeverStartsTheWebServer()
    {
        var database = await _engine.CreateDatabaseAsync($"resources_seed_{Guid.NewGuid():N}");
        // Kestrel, had it started, would fail to bind this port and the command would fail.
        using var squatter = new TcpListener(IPAddress.Loopback, 0);
        squatter.Start();
        var settings = new Dictionary<string, string>(Settings(database))
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{((IPEndPoint)squatter.LocalEndpoint).Port}",
        };

        var run = await SeedProcess.RunAsync(["seed", "--count", "1"], settings);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.Zero, run.Output);
            Assert.That(run.Output, Does.Not.Contain("listening").IgnoreCase);
        }
    }

    private Dictionary<string, string> Settings(string database) => new()
    {
        ["Database__Provider"] = provider.ToString(),
        ["ConnectionStrings__Default"] = database,
    };

    /// <returns>The list's total count, the count of names containing "zebra", and the status of GET /42, as the tenant's caller.</returns>
    private async Task<(int Count, int Zebras, HttpStatusCode ItemStatus)> ThroughTheServiceAsync(string database, string? tenant)
    {
        await using var host = new ServiceHost(provider, database);
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create(
            TestTokens.Read, extraClaims: tenant is null ? null : [new Claim("tenant", tenant)]));
        var all = JsonNode.Parse(await client.GetStringAsync("/api/v1/resource?pageSize=1"))!;
        var zebras = JsonNode.Parse(await client.GetStringAsync("/api/v1/resource?pageSize=1&name=ZEBRA"))!;
        using var item = await client.GetAsync("/api/v1/resource/42");
        return (all["meta"]!["totalCount"]!.GetValue<int>(), zebras["meta"]!["totalCount"]!.GetValue<int>(), item.StatusCode);
    }

    private static async Task<List<Resource>> RowsAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Resource>().AsNoTracking()
            .OrderBy(row => row.Id).ToListAsync();
    }
}
