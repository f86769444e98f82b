using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using ResourceService.Api.Security;
using ResourceService.Application.Common;

namespace ResourceService.Api.FunctionalTests.Security;

/// <summary>
/// The caller's tenant is one value, resolved by one rule: the scope policies refuse what it cannot resolve, and the
/// query filter, the stamping of rows and the idempotency scope read what it resolved to, through the current user.
/// </summary>
public sealed class CallerTenantTests
{
    [Test]
    public void Resolve_OfNoClaim_IsTheDefaultTenant()
    {
        Assert.That(TenancyOptions.Resolve([]), Is.EqualTo(Tenants.Default));
    }

    // Each case lists the token's tenant claims, separated by '|'.
    [TestCase("Acme", "acme")]
    [TestCase("acme|ACME", "acme")]
    public void Resolve_OfOneTenant_IsItsCanonicalSpelling(string claims, string tenant)
    {
        Assert.That(TenancyOptions.Resolve(claims.Split('|')), Is.EqualTo(tenant));
    }

    [TestCase("acme|globex")]
    [TestCase("acme|not valid")]
    [TestCase("")]
    public void Resolve_OfClaimsNamingNoSingleValidTenant_IsNone(string claims)
    {
        Assert.That(TenancyOptions.Resolve(claims.Split('|')), Is.Null);
    }

    [Test]
    public void TheCurrentUsersTenant_IsTheResolvedOne()
    {
        var user = CurrentUser(new Claim("tenant", "Acme"), new Claim("tenant", "acme"));

        Assert.That(user.TenantId, Is.EqualTo("acme"));
    }

    // The policies refuse such a token (TenantIsolationTests); if code ever read its tenant anyway, it fails closed.
    [Test]
    public void TheCurrentUsersTenant_OfATokenNamingTwoTenants_IsNeverOneOfThem()
    {
        var user = CurrentUser(new Claim("tenant", "acme"), new Claim("tenant", "globex"));

        Assert.That(() => user.TenantId, Throws.InvalidOperationException);
    }

    private static HttpCurrentUser CurrentUser(params Claim[] claims)
    {
        var http = new DefaultHttpContext { User = new ClaimsPrincipal(new ClaimsIdentity(claims, "test")) };
        return new HttpCurrentUser(new HttpContextAccessor { HttpContext = http }, Options.Create(new TenancyOptions()));
    }
}
