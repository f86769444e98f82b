using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ResourceService.Infrastructure.IntegrationTests.Engines;
using ResourceService.Infrastructure.IntegrationTests.Faults;
using ResourceService.Infrastructure.Persistence;
using ResourceService.TestSupport;

namespace ResourceService.Infrastructure.IntegrationTests.ScaleOut;

/// <summary>
/// Two instances of the built service as processes on their own ports, on one throwaway PostgreSQL database and one
/// redis-server: what a load balancer would spread a client's requests over.
/// </summary>
public abstract class TwoInstances
{
    public const string Route = "/api/v1/resource";

    /// <summary>Each client's requests per minute; each test's client has its own subject, so no test spends another's.</summary>
    protected virtual int PermitLimit => 1_000_000;

    /// <summary>The longest a test waits for another instance to see a write: far above the window it measures.</summary>
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    protected RedisServer Redis { get; private set; } = null!;

    protected ApiProcess A { get; private set; } = null!;

    protected ApiProcess B { get; private set; } = null!;

    protected string DatabaseConnectionString { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        var engine = await EngineRegistry.RequireAsync(DatabaseProvider.PostgreSql);
        Redis = await RedisServer.RequireAsync();
        DatabaseConnectionString = await engine.CreateDatabaseAsync($"resources_scaleout_{Guid.NewGuid():N}");
        // One after the other: the first migrates the new database, as a deployment's first instance would.
        A = await StartInstanceAsync();
        B = await StartInstanceAsync();
        await WarmUpAsync(A);
        await WarmUpAsync(B);
    }

    // Each path once, so that what the tests time is the service, not its first JIT compilation.
    private static async Task WarmUpAsync(ApiProcess instance)
    {
        using var client = Client(instance, "warm-up");
        var id = (await CreateAsync(client, Unique("warm-up")))["id"]!.GetValue<int>();
        await NameAsync(client, id);
        await ListAsync(client, "warm-up");
        using (await client.PutAsJsonAsync($"{Route}/{id}", new { name = Unique("warm-up") }))
        {
        }

        using (await client.DeleteAsync($"{Route}/{id}"))
        {
        }
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Failed)
        {
            await TestContext.Progress.WriteLineAsync($"--- A:\n{A?.Output}\n--- B:\n{B?.Output}");
        }

        foreach (var process in new[] { A, B })
        {
            if (process is not null)
            {
                await process.DisposeAsync();
            }
        }

        if (Redis is not null)
        {
            await Redis.DisposeAsync();
        }
    }

    protected Task<ApiProcess> StartInstanceAsync() => ApiProcess.StartAsync(
        DatabaseProvider.PostgreSql,
        DatabaseConnectionString,
        variables: new Dictionary<string, string>
        {
            ["ConnectionStrings__Redis"] = Redis.ConnectionString,
            ["RateLimiting__PermitLimit"] = PermitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RateLimiting__WindowSeconds"] = "60",
        });

    protected static HttpClient Client(ApiProcess instance, string subject)
    {
        var client = new HttpClient { BaseAddress = instance.Address, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create(subject: subject));
        return client;
    }

    protected static async Task<JsonNode> CreateAsync(HttpClient client, string name)
    {
        using var response = await client.PostAsJsonAsync(Route, new { name });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!;
    }

    /// <summary>The item's name as the instance answers it, or null for 404.</summary>
    protected static async Task<string?> NameAsync(HttpClient client, int id)
    {
        using var response = await client.GetAsync($"{Route}/{id}");
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["name"]!.GetValue<string>();
    }

    /// <summary>The names of a filtered list, as the instance answers it.</summary>
    protected static async Task<List<string>> ListAsync(HttpClient client, string filter)
    {
        using var response = await client.GetAsync($"{Route}?name={Uri.EscapeDataString(filter)}&pageSize=50");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return [.. JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!.AsArray().Select(item => item!["name"]!.GetValue<string>())];
    }

    /// <summary>Polls until the condition holds; returns how long that took after <paramref name="since"/>, or fails.</summary>
    protected static async Task<TimeSpan> SeenWithinAsync(Stopwatch since, Func<Task<bool>> condition, string what)
    {
        while (!await condition())
        {
            if (since.Elapsed > Patience)
            {
                Assert.Fail($"{what}: not seen within {Patience}");
            }

            await Task.Delay(5);
        }

        var elapsed = since.Elapsed;
        await TestContext.Progress.WriteLineAsync($"{what}: seen after {elapsed.TotalMilliseconds:F1} ms");
        return elapsed;
    }

    protected static string Unique(string prefix) => $"{prefix} {Guid.NewGuid():N}";
}
