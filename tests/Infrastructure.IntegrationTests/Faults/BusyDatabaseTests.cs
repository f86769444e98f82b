using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using ResourceService.Infrastructure.IntegrationTests.Engines;
using ResourceService.Infrastructure.Persistence;

namespace ResourceService.Infrastructure.IntegrationTests.Faults;

/// <summary>
/// SQLite lets one writer in at a time. A write that waits out the command timeout behind another writer is a
/// passing unavailability — 503 with Retry-After — not a bug (500), and counted in /metrics by the engine's exception.
/// </summary>
public sealed class BusyDatabaseTests
{
    [Test]
    public async Task Write_BlockedByAnotherWriterPastTheTimeout_Answers503WithRetryAfter()
    {
        var engine = await EngineRegistry.RequireAsync(DatabaseProvider.Sqlite);
        var database = await engine.CreateDatabaseAsync($"busy_{Guid.NewGuid():N}");
        await using var host = new ServiceHost(DatabaseProvider.Sqlite, database, commandTimeoutSeconds: 1);
        using var client = host.CreateAuthorizedClient();
        using var warm = await client.GetAsync("/health/ready");

        await using var blocker = new SqliteConnection(database);
        await blocker.OpenAsync();
        await using (var begin = blocker.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE";
            await begin.ExecuteNonQueryAsync();
        }

        var watch = Stopwatch.StartNew();
        using var blocked = await client.PostAsJsonAsync("/api/v1/resource", new { name = "waits for the lock" });
        var took = watch.Elapsed;
        using var metrics = await client.GetAsync("/metrics");
        var scraped = await metrics.Content.ReadAsStringAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(blocked.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable), await blocked.Content.ReadAsStringAsync());
            Assert.That(blocked.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(blocked.Headers.RetryAfter, Is.Not.Null);
            Assert.That(took, Is.LessThan(TimeSpan.FromSeconds(15)));
            Assert.That(scraped, Does.Match(@"resource_database_unavailable_total\{[^}]*error_type=""SqliteException""[^}]*\} 1\b"));
        }
    }
}
