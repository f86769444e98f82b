using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ResourceService.Infrastructure.IntegrationTests.Engines;
using ResourceService.Infrastructure.Persistence;

namespace ResourceService.Infrastructure.IntegrationTests.Faults;

/// <summary>An acknowledged write is never lost, even when the process dies mid-load without warning.</summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.PostgreSql)]
public sealed class KillUnderLoadTests(DatabaseProvider provider)
{
    private const int Writers = 8;
    private const int AcknowledgementsBeforeKill = 150;

    [Test]
    public async Task Writes_AnsweredCreated_SurviveASigkillAndRestart()
    {
        var engine = await EngineRegistry.RequireAsync(provider);
        var connectionString = await engine.CreateDatabaseAsync($"resources_kill_{Guid.NewGuid():N}");
        var acknowledged = new ConcurrentDictionary<int, string>();
        var cutOff = 0;

        await using (var api = await ApiProcess.StartAsync(provider, connectionString))
        {
            using var client = api.CreateClient();
            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(0, Writers)
                .Select(writer => Task.Run(() => WriteUntilStoppedAsync(client, writer, acknowledged, stop.Token)))
                .ToList();

            var waited = Stopwatch.StartNew();
            while (acknowledged.Count < AcknowledgementsBeforeKill && waited.Elapsed < TimeSpan.FromSeconds(30))
            {
                await Task.Delay(10);
            }

            await api.KillAsync();
            await stop.CancelAsync();
            cutOff = (await Task.WhenAll(writers)).Sum();
        }

        await using var restarted = await ApiProcess.StartAsync(provider, connectionString);
        using var reader = restarted.CreateClient();
        var missing = new List<int>();
        foreach (var (id, name) in acknowledged)
        {
            using var response = await reader.GetAsync($"/api/v1/resource/{id}");
            var stored = response.StatusCode == HttpStatusCode.OK
                ? JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["name"]!.GetValue<string>()
                : null;
            if (stored != name)
            {
                missing.Add(id);
            }
        }

        await TestContext.Progress.WriteLineAsync(
            $"{provider}: {acknowledged.Count} writes acknowledged before the kill, {cutOff} cut off by it");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(acknowledged, Has.Count.GreaterThanOrEqualTo(AcknowledgementsBeforeKill), "the load never built up");
            Assert.That(missing, Is.Empty, "acknowledged writes lost by the kill");
        }
    }

    /// <returns>How many requests the kill cut off (they were never acknowledged, so they may or may not exist).</returns>
    private static async Task<int> WriteUntilStoppedAsync(
        HttpClient client, int writer, ConcurrentDictionary<int, string> acknowledged, CancellationToken stop)
    {
        var cutOff = 0;
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var name = $"kill test {writer}-{i}";
            try
            {
                using var response = await client.PostAsJsonAsync("/api/v1/resource", new { name }, CancellationToken.None);
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    var id = JsonNode.Parse(await response.Content.ReadAsStringAsync(CancellationToken.None))!["data"]!["id"]!.GetValue<int>();
                    acknowledged[id] = name;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException)
            {
                cutOff++;
                await Task.Delay(20, CancellationToken.None);
            }
        }

        return cutOff;
    }
}
