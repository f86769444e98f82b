using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Npgsql;
using ResourceService.Infrastructure.IntegrationTests.Engines;
using ResourceService.Infrastructure.Persistence;

namespace ResourceService.Infrastructure.IntegrationTests.Faults;

/// <summary>
/// When the database stops, the service says so quickly (503) instead of hanging, and when the database comes
/// back the service recovers by itself. Needs a server this test may stop: the local PostgreSQL cluster.
/// </summary>
public sealed class DatabaseOutageTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(15);

    private PostgresCluster _cluster = null!;
    private ServiceHost _host = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public async Task StartServiceOnALocalClusterAsync()
    {
        var engine = (PostgreSqlEngine)await EngineRegistry.RequireAsync(DatabaseProvider.PostgreSql);
        if (engine.Cluster is not { } cluster)
        {
            Assert.Ignore($"the outage test stops the server, which it can only do to a local cluster (PostgreSQL here is {engine.Source})");
            return;
        }

        _cluster = cluster;
        var database = await engine.CreateDatabaseAsync($"resources_outage_{Guid.NewGuid():N}");
        var connectionString = new NpgsqlConnectionStringBuilder(database) { Timeout = 2 }.ConnectionString;
        _host = new ServiceHost(DatabaseProvider.PostgreSql, connectionString, commandTimeoutSeconds: 3);
        _client = _host.CreateAuthorizedClient();
    }

    [OneTimeTearDown]
    public async Task StopServiceAsync()
    {
        _client?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    [Test]
    public async Task DatabaseStopped_Answers503QuicklyAndRecoversWithoutARestart()
    {
        using var created = await _client.PostAsJsonAsync("/api/v1/resource", new { name = "before the outage" });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));

        await _cluster.StopAsync();
        try
        {
            var (ready, readyTook) = await TimedGetAsync("/health/ready");
            var (list, listTook) = await TimedGetAsync("/api/v1/resource");
            using var write = await _client.PostAsJsonAsync("/api/v1/resource", new { name = "during the outage" });
            await TestContext.Progress.WriteLineAsync(
                $"outage: /health/ready answered {(int)ready.StatusCode} in {readyTook.TotalSeconds:F1} s, the API {(int)list.StatusCode} in {listTook.TotalSeconds:F1} s");

            using (Assert.EnterMultipleScope())
            {
                Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
                Assert.That(readyTook, Is.LessThan(Bound));
                Assert.That(list.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
                Assert.That(list.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
                Assert.That(list.Headers.RetryAfter, Is.Not.Null);
                Assert.That(listTook, Is.LessThan(Bound));
                Assert.That(write.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            }
        }
        finally
        {
            await _cluster.StartAgainAsync();
        }

        var recovered = await EventuallyOkAsync("/api/v1/resource?name=outage");
        Assert.That(await recovered.Content.ReadAsStringAsync(), Does.Contain("before the outage").And.Not.Contain("during the outage"));
    }

    private async Task<(HttpResponseMessage Response, TimeSpan Took)> TimedGetAsync(string path)
    {
        var watch = Stopwatch.StartNew();
        var response = await _client.GetAsync(path);
        return (response, watch.Elapsed);
    }

    private async Task<HttpResponseMessage> EventuallyOkAsync(string path)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var response = await _client.GetAsync(path);
            if (response.StatusCode == HttpStatusCode.OK || watch.Elapsed > Bound)
            {
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the service did not recover after the database came back");
                return response;
            }

            response.Dispose();
            await Task.Delay(250);
        }
    }
}
