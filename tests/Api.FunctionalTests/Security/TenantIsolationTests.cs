using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using ResourceService.Api.FunctionalTests.Infrastructure;

namespace ResourceService.Api.FunctionalTests.Security;

/// <summary>OWASP API1 (broken object level authorization) and API3 (object property level), over HTTP.</summary>
public sealed class TenantIsolationTests : ApiFixture
{
    [Test]
    public async Task AnotherTenantsResource_Answers404ToEveryOperationAndStaysUnchanged()
    {
        using var acme = Factory.Authorized(tenant: "acme");
        using var globex = Factory.Authorized(subject: "mallory", tenant: "globex");
        var owned = await acme.CreateAsync("acme plans");
        var path = $"{ApiClient.Route}/{owned["id"]}";

        using var read = await globex.GetAsync(path);
        using var update = await globex.PutAsJsonAsync(path, new { name = "stolen" });
        using var delete = await globex.DeleteAsync(path);

        await read.AssertProblemAsync(HttpStatusCode.NotFound);
        await update.AssertProblemAsync(HttpStatusCode.NotFound);
        await delete.AssertProblemAsync(HttpStatusCode.NotFound);
        using var stillThere = await acme.GetAsync(path);
        Assert.That((await stillThere.ReadJsonAsync())["data"]!.ToJsonString(), Is.EqualTo(owned.ToJsonString()));
    }

    [Test]
    public async Task Lists_ShowNeitherTheRowsNorTheCountOfOtherTenants()
    {
        var tag = UniqueName("tenant-list");
        using var acme = Factory.Authorized(tenant: "acme-lists");
        using var globex = Factory.Authorized(tenant: "globex-lists");
        await acme.CreateAsync($"{tag} a");
        await acme.CreateAsync($"{tag} b");

        using var response = await globex.GetAsync($"{ApiClient.Route}?name={tag}");
        var body = await response.ReadJsonAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(body["data"]!.AsArray(), Is.Empty);
            Assert.That(body["meta"]!["totalCount"]!.GetValue<int>(), Is.Zero);
        }
    }

    [TestCase("acme-two", "globex-two", HttpStatusCode.Forbidden)]
    [TestCase("acme-two", "ACME-two", HttpStatusCode.OK)]
    public async Task ATokenNamingSeveralTenants_IsRefusedUnlessTheyAreOneTenant(string first, string second, HttpStatusCode expected)
    {
        using var client = Factory.CreateClient();
        var claims = new[] { new System.Security.Claims.Claim("tenant", first), new System.Security.Claims.Claim("tenant", second) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
            "Bearer", ResourceService.TestSupport.TestTokens.Create(extraClaims: claims));

        using var response = await client.GetAsync(ApiClient.Route);

        Assert.That(response.StatusCode, Is.EqualTo(expected));
    }

    [Test]
    public async Task TokensWithoutATenant_ShareTheDefaultTenantOnly()
    {
        var name = UniqueName("default-tenant");
        await Client.CreateAsync(name);
        using var explicitTenant = Factory.Authorized(tenant: "acme-default-check");

        using var response = await explicitTenant.GetAsync($"{ApiClient.Route}?name={name}");

        Assert.That((await response.ReadJsonAsync())["meta"]!["totalCount"]!.GetValue<int>(), Is.Zero);
    }

    [Test]
    public async Task ABodyNamingAnotherTenant_CannotPlaceTheResourceThere()
    {
        using var acme = Factory.Authorized(tenant: "acme-assign");
        using var globex = Factory.Authorized(tenant: "globex-assign");
        var name = UniqueName("assign");

        using var created = await acme.PostAsJsonAsync(ApiClient.Route, new { name, tenantId = "globex-assign", tenant = "globex-assign" });
        using var seenByGlobex = await globex.GetAsync($"{ApiClient.Route}?name={name}");
        using var seenByAcme = await acme.GetAsync($"{ApiClient.Route}?name={name}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That((await seenByGlobex.ReadJsonAsync())["meta"]!["totalCount"]!.GetValue<int>(), Is.Zero);
            Assert.That((await seenByAcme.ReadJsonAsync())["meta"]!["totalCount"]!.GetValue<int>(), Is.EqualTo(1));
        }
    }

    [TestCase("tttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt")]
    [TestCase("acme ")]
    [TestCase(" acme")]
    [TestCase("ac me")]
    [TestCase("acmé")]
    [TestCase("acme\u0000")]
    [TestCase("")]
    public async Task ATokenWithANonCanonicalTenant_IsForbidden(string tenant)
    {
        using var client = Factory.Authorized(tenant: tenant);

        using var response = await client.GetAsync(ApiClient.Route);

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task TenantIds_DifferingOnlyInCase_AreTheSameTenantOnEveryEngine()
    {
        var name = UniqueName("case");
        using var upper = Factory.Authorized(tenant: "Case-Tenant");
        using var lower = Factory.Authorized(tenant: "case-tenant");
        await upper.CreateAsync(name);

        using var response = await lower.GetAsync($"{ApiClient.Route}?name={name}");

        Assert.That((await response.ReadJsonAsync())["meta"]!["totalCount"]!.GetValue<int>(), Is.EqualTo(1));
    }

    [Test]
    public void TheCallerOfARequest_IsAlwaysTheTokensAndNeverADesignTimeStandIn()
    {
        var callers = Factory.Services.GetServices<Application.Common.ICurrentUser>().ToList();

        Assert.That(callers.Select(caller => caller.GetType().Name), Is.EqualTo(new[] { "HttpCurrentUser" }));
    }

    [Test]
    public async Task TheTenantClaim_IsConfigurable()
    {
        using var factory = new ApiFactory(new Dictionary<string, string?> { ["Tenancy:ClaimType"] = "org" });
        using var acme = factory.CreateClient();
        acme.DefaultRequestHeaders.Authorization = new("Bearer", TestSupport.TestTokens.Create(extraClaims: [new("org", "acme-org")]));
        using var other = factory.Authorized(tenant: "ignored-claim");
        var name = UniqueName("org");
        await acme.CreateAsync(name);

        using var response = await other.GetAsync($"{ApiClient.Route}?name={name}");

        Assert.That((await response.ReadJsonAsync())["meta"]!["totalCount"]!.GetValue<int>(), Is.Zero,
            "with Tenancy:ClaimType=org, a token without org belongs to the default tenant, not to acme-org");
    }
}
