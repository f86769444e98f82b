using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using ResourceService.Infrastructure.IntegrationTests.Faults;
using ResourceService.Infrastructure.Persistence;

namespace ResourceService.Infrastructure.IntegrationTests.Hosting;

/// <summary>
/// SIGTERM under load, as an orchestrator stops an instance: readiness answers 503 at once, requests keep being served
/// for the delay, a request still running when the server stops listening completes, nothing answers 500, and the
/// process exits 0.
/// </summary>
public sealed class DrainTests
{
    private const int DelaySeconds = 2;
    private const int DrainSeconds = 10;
    private const int Workers = 4;

    [Test]
    public async Task Sigterm_UnderLoad_DrainsWithoutErrorsAndExitsZero()
    {
        var folder = Directory.CreateTempSubdirectory("drain-").FullName;
        await using var api = await ApiProcess.StartAsync(
            DatabaseProvider.Sqlite,
            $"Data Source={Path.Combine(folder, "resources.db")}",
            variables: new Dictionary<string, string>
            {
                ["Shutdown__DelaySeconds"] = DelaySeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Shutdown__DrainSeconds"] = DrainSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["RateLimiting__PermitLimit"] = "1000000",
            });
        using var client = api.CreateClient();
        var answers = new ConcurrentQueue<(TimeSpan At, string What, HttpStatusCode Status)>();
        var clock = new Stopwatch();
        using var stop = new CancellationTokenSource();

        // A create whose body is still arriving when the server stops listening: it is in flight throughout.
        var releaseBody = new TaskCompletionSource();
        var slowCreate = client.PostAsync("/api/v1/resource", new SlowJson("{\"name\": \"in flight", "\"}", releaseBody.Task));
        var load = Enumerable.Range(0, Workers).Select(worker => Task.Run(() => LoadAsync(api, worker, clock, answers, stop.Token))).ToList();
        var readiness = Task.Run(() => ProbeReadinessAsync(api, clock, answers, stop.Token));
        clock.Start();
        await Task.Delay(TimeSpan.FromSeconds(1));

        var terminatedAt = clock.Elapsed;
        await api.TerminateAsync();
        await Task.Delay(TimeSpan.FromSeconds(DelaySeconds + 1)); // past the delay: the server no longer accepts new connections
        releaseBody.SetResult();
        using var created = await slowCreate;
        var exitCode = await api.WaitForExitAsync(TimeSpan.FromSeconds(DelaySeconds + DrainSeconds + 10));
        await stop.CancelAsync();
        await Task.WhenAll([.. load, readiness]);

        var all = answers.ToList();
        var firstUnready = all.Where(a => a.What == "ready" && a.Status == HttpStatusCode.ServiceUnavailable).Select(a => a.At).DefaultIfEmpty(TimeSpan.MaxValue).Min();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(exitCode, Is.Zero, api.Output);
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), $"the request in flight during the drain:\n{api.Output}");
            Assert.That(all.Where(a => a.What == "api" && (int)a.Status >= 500), Is.Empty, "API answers of 5xx during the drain");
            Assert.That(all.Where(a => a.What == "ready" && (int)a.Status >= 500 && a.Status != HttpStatusCode.ServiceUnavailable), Is.Empty);
            // "At once": while the service still serves (within the delay), measured on a machine that may be busy.
            Assert.That(firstUnready - terminatedAt, Is.LessThan(TimeSpan.FromSeconds(DelaySeconds)), "readiness turned 503 before the delay ended");
            Assert.That(all.Where(a => a.What == "ready" && a.At > firstUnready && a.Status == HttpStatusCode.OK), Is.Empty, "ready again after 503");
            Assert.That(all.Count(a => a.What == "api" && a.At > terminatedAt && (int)a.Status < 300), Is.Positive, "requests served during the delay");
        }

        Directory.Delete(folder, recursive: true);
    }

    private static async Task LoadAsync(
        ApiProcess api, int worker, Stopwatch clock, ConcurrentQueue<(TimeSpan, string, HttpStatusCode)> answers, CancellationToken stop)
    {
        using var client = api.CreateClient();
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            try
            {
                using var response = i % 2 == 0
                    ? await client.PostAsJsonAsync("/api/v1/resource", new { name = $"drain {worker}-{i}" }, CancellationToken.None)
                    : await client.GetAsync("/api/v1/resource?pageSize=5", CancellationToken.None);
                answers.Enqueue((clock.Elapsed, "api", response.StatusCode));
            }
            catch (HttpRequestException)
            {
                // Refused once the server stopped listening: that is the orchestrator's cue, not an answer.
                await Task.Delay(50, CancellationToken.None);
            }
        }
    }

    private static async Task ProbeReadinessAsync(
        ApiProcess api, Stopwatch clock, ConcurrentQueue<(TimeSpan, string, HttpStatusCode)> answers, CancellationToken stop)
    {
        using var probe = new HttpClient { BaseAddress = api.Address, Timeout = TimeSpan.FromSeconds(5) };
        while (!stop.IsCancellationRequested)
        {
            try
            {
                using var response = await probe.GetAsync("/health/ready", CancellationToken.None);
                answers.Enqueue((clock.Elapsed, "ready", response.StatusCode));
            }
            catch (HttpRequestException)
            {
                // Not listening any more.
            }

            await Task.Delay(50, CancellationToken.None);
        }
    }

    /// <summary>A JSON body sent in two parts, the second only when <c>release</c> completes.</summary>
    private sealed class SlowJson : HttpContent
    {
        private readonly string _head;
        private readonly string _tail;
        private readonly Task _release;

        public SlowJson(string head, string tail, Task release)
        {
            (_head, _tail, _release) = (head, tail, release);
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes(_head));
            await stream.FlushAsync();
            await _release;
            await stream.WriteAsync(Encoding.UTF8.GetBytes(_tail));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = Encoding.UTF8.GetByteCount(_head) + Encoding.UTF8.GetByteCount(_tail);
            return true;
        }
    }
}
