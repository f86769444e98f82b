using System.Net;
using ResourceService.Api.FunctionalTests.Infrastructure;

namespace ResourceService.Api.FunctionalTests.Audit;

/// <summary>What the audit list shows of the resource changes made through the API, over real HTTP.</summary>
public sealed class AuditTrailTests : ApiFixture
{
    [Test]
    public async Task CreateRenameDelete_AreListedNewestFirst_WithTheCallerAndTheNamesBeforeAndAfter()
    {
        using var client = Factory.Auditor(subject: "carol");
        var id = AuditApi.IdOf(await client.CreateAsync("first"));
        using (var rename = await client.PutAsync($"{ApiClient.Route}/{id}", ApiClient.Json("{\"name\":\"second\"}")))
        {
            Assert.That(rename.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        using (var delete = await client.DeleteAsync($"{ApiClient.Route}/{id}"))
        {
            Assert.That(delete.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        }

        var entries = AuditApi.Entries(await client.ListAsync($"entityType=resource&entityId={id}"));

        Assert.That(entries.Select(entry => (
                entry["entityType"]!.GetValue<string>(), entry["entityId"]!.GetValue<int>(), entry["action"]!.GetValue<string>(),
                entry["subject"]!.GetValue<string>(), entry["nameBefore"]?.GetValue<string>(), entry["nameAfter"]?.GetValue<string>())),
            Is.EqualTo(new[]
            {
                ("resource", id, "deleted", "carol", (string?)"second", (string?)null),
                ("resource", id, "updated", "carol", "first", "second"),
                ("resource", id, "created", "carol", null, "first"),
            }));
        Assert.That(entries.Select(entry => entry["occurredAt"]!.GetValue<DateTimeOffset>()), Is.Ordered.Descending);
    }

    [Test]
    public async Task ARefusedChange_RecordsNothing()
    {
        using var client = Factory.Auditor(tenant: "refusals");
        var id = AuditApi.IdOf(await client.CreateAsync("kept"));

        using (var stale = new HttpRequestMessage(HttpMethod.Put, $"{ApiClient.Route}/{id}") { Content = ApiClient.Json("{\"name\":\"stale\"}") })
        {
            stale.Headers.TryAddWithoutValidation("If-Match", "\"99\"");
            using var response = await client.SendAsync(stale);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
        }

        var entries = AuditApi.Entries(await client.ListAsync($"entityType=resource&entityId={id}"));

        Assert.That(entries.Select(entry => entry["action"]!.GetValue<string>()), Is.EqualTo(new[] { "created" }));
    }

    [Test]
    public async Task List_PagesByNumberAndCursor_ThroughEveryEntryOnce()
    {
        using var client = Factory.Auditor(tenant: "paging");
        for (var i = 0; i < 5; i++)
        {
            await client.CreateAsync($"paged {i}");
        }

        var first = await client.ListAsync("pageSize=2");
        var second = await client.ListAsync("pageSize=2&page=2");
        var cursor = first["meta"]!["nextCursor"]!.GetValue<string>();
        using var byCursor = await client.GetAsync($"{AuditApi.Route}?pageSize=2&cursor={cursor}");
        var continued = await byCursor.ReadJsonAsync();
        var last = await client.ListAsync($"pageSize=2&cursor={continued["meta"]!["nextCursor"]!.GetValue<string>()}");

        var ids = new[] { first, continued, last }.SelectMany(AuditApi.Entries).Select(entry => entry["id"]!.GetValue<long>()).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ids, Has.Count.EqualTo(5).And.Unique.And.Ordered.Descending);
            Assert.That(AuditApi.Entries(second).Select(entry => entry["id"]!.GetValue<long>()), Is.EqualTo(ids.Skip(2).Take(2)));
            Assert.That(first["meta"]!["totalCount"]!.GetValue<int>(), Is.EqualTo(5));
            Assert.That(first["meta"]!["totalPages"]!.GetValue<int>(), Is.EqualTo(3));
            Assert.That(continued["meta"]!["page"], Is.Null);
            Assert.That(last["meta"]!["nextCursor"], Is.Null);
            Assert.That(byCursor.Headers.GetValues("Link").Single(), Does.StartWith($"<{AuditApi.Route}?cursor=").And.EndWith("rel=\"next\""));
        }
    }

    [Test]
    public async Task ACursor_SentWithAnotherFilter_Returns400NamingCursor()
    {
        using var client = Factory.Auditor(tenant: "cursor-filter");
        await client.CreateAsync("one");
        await client.CreateAsync("two");
        var cursor = (await client.ListAsync("pageSize=1"))["meta"]!["nextCursor"]!.GetValue<string>();

        using var response = await client.GetAsync($"{AuditApi.Route}?pageSize=1&entityType=resource&cursor={cursor}");

        await response.AssertValidationProblemAsync("cursor");
    }

    [Test]
    public async Task List_ShowsOnlyTheCallersTenant_AndAnotherTenantsCursorIsRefused()
    {
        using var tenantA = Factory.Auditor(tenant: "audit-a");
        using var tenantB = Factory.Auditor(tenant: "audit-b");
        var id = AuditApi.IdOf(await tenantA.CreateAsync("a's"));
        await tenantA.CreateAsync("a's second");

        var seenByA = await tenantA.ListAsync("pageSize=1");
        var seenByB = await tenantB.ListAsync($"entityType=resource&entityId={id}");
        using var foreignCursor = await tenantB.GetAsync($"{AuditApi.Route}?pageSize=1&cursor={seenByA["meta"]!["nextCursor"]!.GetValue<string>()}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(seenByA["meta"]!["totalCount"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(AuditApi.Entries(seenByB), Is.Empty);
            Assert.That(seenByB["meta"]!["totalCount"]!.GetValue<int>(), Is.Zero);
        }

        await foreignCursor.AssertValidationProblemAsync("cursor");
    }
}
