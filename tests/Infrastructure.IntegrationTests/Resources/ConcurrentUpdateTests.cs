using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ResourceService.Infrastructure.IntegrationTests.Engines;
using ResourceService.Infrastructure.IntegrationTests.Faults;
using ResourceService.Infrastructure.Persistence;

namespace ResourceService.Infrastructure.IntegrationTests.Resources;

/// <summary>Racing updates through the API never overwrite each other silently: each one is applied or refused.</summary>
[TestFixtureSource(typeof(EngineRegistry), nameof(EngineRegistry.All))]
public sealed class ConcurrentUpdateTests(DatabaseProvider provider)
{
    private const int Writers = 24;

    [Test]
    public async Task ConcurrentPuts_EachAnswered200Or409_AndTheVersionCountsExactlyTheSuccesses()
    {
        var engine = await EngineRegistry.RequireAsync(provider);
        var database = await engine.CreateDatabaseAsync($"resources_race_{Guid.NewGuid():N}");
        await using var host = new ServiceHost(provider, database);
        using var client = host.CreateAuthorizedClient();
        using var created = await client.PostAsJsonAsync("/api/v1/resource", new { name = "contested" });
        var id = JsonNode.Parse(await created.Content.ReadAsStringAsync())!["data"]!["id"]!.GetValue<int>();

        var answers = await Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            using var response = await client.PutAsJsonAsync($"/api/v1/resource/{id}", new { name = $"writer {writer}" });
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        })));

        using var final = await client.GetAsync($"/api/v1/resource/{id}");
        var stored = JsonNode.Parse(await final.Content.ReadAsStringAsync())!["data"]!;
        var successes = answers.Where(answer => answer.StatusCode == HttpStatusCode.OK).ToList();
        var lastWinner = successes.Select(answer => JsonNode.Parse(answer.Body)!["data"]!)
            .MaxBy(data => data["version"]!.GetValue<int>());
        await TestContext.Progress.WriteLineAsync($"{provider}: {successes.Count} of {Writers} racing updates applied, the rest refused with 409");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(answers.Select(answer => answer.StatusCode), Is.All.EqualTo(HttpStatusCode.OK).Or.EqualTo(HttpStatusCode.Conflict));
            Assert.That(stored["version"]!.GetValue<int>(), Is.EqualTo(1 + successes.Count), "every applied update counted once");
            Assert.That(stored["name"]!.GetValue<string>(), Is.EqualTo(lastWinner?["name"]!.GetValue<string>()), "the stored name is the last applied update's");
        }
    }
}
