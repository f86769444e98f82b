using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;

namespace ResourceService.Infrastructure.IntegrationTests.ScaleOut;

/// <summary>
/// Redis killed, frozen, or absent at start-up: both instances keep answering every request from the database, never
/// 500, readiness says Degraded, rate limiting warns once, and everything is shared again once Redis returns.
/// </summary>
[NonParallelizable]
public sealed class RedisOutageTests : TwoInstances
{
    /// <summary>Caching:DegradedDurationSeconds (2) and a second for a busy machine.</summary>
    private static readonly TimeSpan DegradedWindow = TimeSpan.FromSeconds(3);

    [TearDown]
    public async Task RedisBackAsync()
    {
        await Redis.SignalAsync("CONT");
        await Redis.EnsureRunningAsync();
        await SharedAgainAsync(A);
        await SharedAgainAsync(B);
    }

    [Test]
    public async Task RedisKilled_BothInstancesAnswerFromTheDatabase_AndShareAgainOnceItReturns()
    {
        using var a = Client(A, "outage-killed");
        using var b = Client(B, "outage-killed");
        var tag = Unique("outage");
        var id = (await CreateAsync(a, $"{tag} before"))["id"]!.GetValue<int>();
        Assert.That(await NameAsync(b, id), Is.EqualTo($"{tag} before"));
        var (logA, logB) = (A.Output.Length, B.Output.Length);

        await Redis.KillAsync();
        var statuses = await TrafficAsync(a, b, tag, id, TimeSpan.FromSeconds(2));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(statuses.Where(status => (int)status >= 300), Is.Empty, "every answer while Redis is down is 2xx");
            Assert.That(await ReadinessAsync(A, "Degraded"), Is.EqualTo("Degraded"));
            Assert.That(await ReadinessAsync(B, "Degraded"), Is.EqualTo("Degraded"));
        }

        // Still one service without Redis: another instance's write is seen once the short-lived local entries expire.
        var clock = Stopwatch.StartNew();
        await UpdateAsync(a, id, $"{tag} during");
        Assert.That(await NameAsync(a, id), Is.EqualTo($"{tag} during"), "the instance that took the write reads it at once");
        var degraded = await SeenWithinAsync(clock, async () => await NameAsync(b, id) == $"{tag} during", "an update on A in B while Redis is down");
        Assert.That(degraded, Is.LessThan(DegradedWindow));

        await Redis.StartAsync();
        await SharedAgainAsync(A);
        await SharedAgainAsync(B);
        await InvalidatesAcrossAsync(a, b, id, tag);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(LinkWarnings(A.Output[logA..]), Has.Count.EqualTo(1), "one warning per outage");
            Assert.That(LinkWarnings(B.Output[logB..]), Has.Count.EqualTo(1), "one warning per outage");
        }
    }

    [Test]
    public async Task RedisFrozen_NoRequestWaitsOnItLongerThanTheTimeout()
    {
        using var a = Client(A, "outage-frozen");
        using var b = Client(B, "outage-frozen");
        var tag = Unique("frozen");
        var id = (await CreateAsync(a, tag))["id"]!.GetValue<int>();

        await Redis.SignalAsync("STOP");
        var slowest = TimeSpan.Zero;
        for (var round = 0; round < 15; round++)
        {
            foreach (var (client, request) in new[] { (a, $"{Route}/{id}"), (b, $"{Route}?name={Uri.EscapeDataString(tag)}"), (b, $"{Route}/{id}") })
            {
                var clock = Stopwatch.StartNew();
                using var answer = await client.GetAsync(request);
                slowest = clock.Elapsed > slowest ? clock.Elapsed : slowest;
                Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK), await answer.Content.ReadAsStringAsync());
            }

            var write = Stopwatch.StartNew();
            await UpdateAsync(a, id, $"{tag} {round}");
            slowest = write.Elapsed > slowest ? write.Elapsed : slowest;
        }

        await TestContext.Progress.WriteLineAsync($"slowest answer while Redis was frozen: {slowest.TotalMilliseconds:F0} ms");
        // Redis:TimeoutMilliseconds is 250: one wait on it, plus the request itself on a busy machine (frozen, Redis
        // would otherwise hold a request until it resumed).
        Assert.That(slowest, Is.LessThan(TimeSpan.FromMilliseconds(1000)));
    }

    [Test]
    public async Task AnInstanceStartedWhileRedisIsDown_AnswersAndJoinsOnceItReturns()
    {
        await Redis.KillAsync();
        await using var c = await StartInstanceAsync();
        using var toC = Client(c, "outage-start");
        using var toA = Client(A, "outage-start");
        var tag = Unique("late");

        var id = (await CreateAsync(toC, tag))["id"]!.GetValue<int>();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(await NameAsync(toC, id), Is.EqualTo(tag));
            Assert.That(await ReadinessAsync(c, "Degraded"), Is.EqualTo("Degraded"));
        }

        await Redis.StartAsync();
        await SharedAgainAsync(c);
        await SharedAgainAsync(A);
        await InvalidatesAcrossAsync(toC, toA, id, tag);
    }

    private static async Task InvalidatesAcrossAsync(HttpClient writer, HttpClient reader, int id, string tag)
    {
        for (var read = 0; read < 2; read++)
        {
            await NameAsync(reader, id);
        }

        var clock = Stopwatch.StartNew();
        await UpdateAsync(writer, id, $"{tag} after");
        var window = await SeenWithinAsync(clock, async () => await NameAsync(reader, id) == $"{tag} after", "an update after Redis returned");
        Assert.That(window, Is.LessThan(CrossInstanceCacheTests.StatedWindow));
    }

    private static async Task UpdateAsync(HttpClient client, int id, string name)
    {
        using var update = await client.PutAsJsonAsync($"{Route}/{id}", new { name });
        Assert.That(update.StatusCode, Is.EqualTo(HttpStatusCode.OK), await update.Content.ReadAsStringAsync());
    }

    // Reads and writes through both instances for a while; every status, in order.
    private static async Task<List<HttpStatusCode>> TrafficAsync(HttpClient a, HttpClient b, string tag, int id, TimeSpan length)
    {
        var statuses = new List<HttpStatusCode>();
        var clock = Stopwatch.StartNew();
        for (var round = 0; clock.Elapsed < length; round++)
        {
            using var created = await a.PostAsJsonAsync(Route, new { name = $"{tag} {round}" });
            using var item = await b.GetAsync($"{Route}/{id}");
            using var list = await b.GetAsync($"{Route}?name={Uri.EscapeDataString(tag)}");
            using var updated = await b.PutAsJsonAsync($"{Route}/{id}", new { name = $"{tag} round {round}" });
            using var read = await a.GetAsync($"{Route}/{id}");
            statuses.AddRange([created.StatusCode, item.StatusCode, list.StatusCode, updated.StatusCode, read.StatusCode]);
        }

        return statuses;
    }

    /// <summary>Readiness says Healthy and the instance uses Redis again (its gauge, which follows its own checks).</summary>
    private static async Task SharedAgainAsync(Faults.ApiProcess instance)
    {
        Assert.That(await ReadinessAsync(instance, "Healthy"), Is.EqualTo("Healthy"));
        using var scraper = new HttpClient { BaseAddress = instance.Address };
        var clock = Stopwatch.StartNew();
        while (!(await scraper.GetStringAsync("/metrics")).Contains("resource_cache_redis_available{otel_scope_name=\"ResourceService.Cache\"} 1", StringComparison.Ordinal))
        {
            Assert.That(clock.Elapsed, Is.LessThan(Patience), "the instance did not use Redis again");
            await Task.Delay(100);
        }
    }

    /// <summary>Waits (up to the patience) until readiness says the expected status, and returns what it said last.</summary>
    private static async Task<string> ReadinessAsync(Faults.ApiProcess instance, string expected)
    {
        using var probe = new HttpClient { BaseAddress = instance.Address, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (true)
        {
            using var answer = await probe.GetAsync("/health/ready");
            var body = await answer.Content.ReadAsStringAsync();
            Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"readiness answered {answer.StatusCode} {body}");
            if (body == expected || clock.Elapsed > Patience)
            {
                return body;
            }

            await Task.Delay(100);
        }
    }

    private static List<string> LinkWarnings(string output) =>
        [.. output.Split('\n').Where(line => line.Contains("Redis is unavailable", StringComparison.Ordinal))];
}
