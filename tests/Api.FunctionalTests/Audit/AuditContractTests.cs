using System.Net;
using ResourceService.Api.FunctionalTests.Infrastructure;
using ResourceService.TestSupport;

namespace ResourceService.Api.FunctionalTests.Audit;

/// <summary>Who may read the audit, what it refuses, and that nothing can write it.</summary>
public sealed class AuditContractTests : ApiFixture
{
    [Test]
    public async Task List_WithoutAToken_Returns401()
    {
        using var anonymous = Factory.CreateClient();

        using var response = await anonymous.GetAsync(AuditApi.Route);

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [TestCase(TestTokens.ReadWrite)]
    [TestCase("audit:write")]
    public async Task List_WithoutTheAuditReadScope_Returns403(string scope)
    {
        using var client = Factory.Authorized(scope);

        using var response = await client.GetAsync(AuditApi.Route);

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task List_WithTheAuditReadScopeAlone_Returns200WithTheListEnvelope()
    {
        using var client = Factory.Authorized(AuditApi.Read);

        var body = await client.ListAsync("page=1&pageSize=5");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(body["success"]!.GetValue<bool>(), Is.True);
            Assert.That(body["data"], Is.InstanceOf<System.Text.Json.Nodes.JsonArray>());
            Assert.That(body["meta"]!["page"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(body["meta"]!["pageSize"]!.GetValue<int>(), Is.EqualTo(5));
            Assert.That(body["meta"]!["totalCountExact"]!.GetValue<bool>(), Is.True);
        }
    }

    [TestCase("POST")]
    [TestCase("PUT")]
    [TestCase("PATCH")]
    [TestCase("DELETE")]
    public async Task Write_OfAnyKind_Returns405ProblemAllowingOnlyGet(string method)
    {
        using var client = Factory.Auditor();
        using var request = new HttpRequestMessage(new HttpMethod(method), AuditApi.Route) { Content = ApiClient.Json("{}") };

        using var response = await client.SendAsync(request);

        await response.AssertProblemAsync(HttpStatusCode.MethodNotAllowed);
        Assert.That(response.Content.Headers.Allow, Is.EquivalentTo(new[] { "GET" }));
    }

    [TestCase("DELETE", "/1")]
    [TestCase("PUT", "/1")]
    public async Task Write_OfOneEntry_FindsNoSuchAddress(string method, string path)
    {
        using var client = Factory.Auditor();
        using var request = new HttpRequestMessage(new HttpMethod(method), AuditApi.Route + path) { Content = ApiClient.Json("{}") };

        using var response = await client.SendAsync(request);

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [TestCase("pageSize=0", "pageSize")]
    [TestCase("pageSize=101", "pageSize")]
    [TestCase("page=0", "page")]
    [TestCase("page=501&pageSize=20", "page")]
    [TestCase("entityType=invoice", "entityType")]
    [TestCase("entityId=42", "entityId")]
    [TestCase("entityType=resource&entityId=0", "entityId")]
    [TestCase("cursor=not-a-cursor", "cursor")]
    [TestCase("entityType=resource&entityId=abc", "entityId")]
    [TestCase("page=abc", "page")]
    public async Task List_WithAnInvalidParameter_Returns400NamingIt(string query, string field)
    {
        using var client = Factory.Auditor();

        using var response = await client.GetAsync($"{AuditApi.Route}?{query}");

        await response.AssertValidationProblemAsync(field);
    }
}
