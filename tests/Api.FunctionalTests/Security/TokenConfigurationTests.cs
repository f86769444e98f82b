using System.Net;
using ResourceService.Api.FunctionalTests.Infrastructure;

namespace ResourceService.Api.FunctionalTests.Security;

/// <summary>OWASP API8 (security misconfiguration): Production never runs with tokens nobody can validate.</summary>
public sealed class TokenConfigurationTests
{
    [Test]
    public void Production_WithoutTokenValidation_RefusesToStartWithAClearMessage()
    {
        using var unconfigured = new ApiFactory(trustTestTokens: false);

        var failure = Assert.Catch(() => unconfigured.CreateClient());

        Assert.That(failure?.ToString(), Does.Contain("No bearer token validation is configured").And.Contain("Authentication:Schemes:Bearer"));
    }

    [Test]
    public async Task Production_WithAnAuthority_Starts()
    {
        using var withAuthority = new ApiFactory(
            new Dictionary<string, string?>
            {
                ["Authentication:Schemes:Bearer:Authority"] = "https://login.example.com/",
                ["Authentication:Schemes:Bearer:ValidAudiences:0"] = "resource-api",
            },
            trustTestTokens: false);
        using var client = withAuthority.CreateClient();

        using var response = await client.GetAsync("/health/live");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public void Production_WithKeysButNoAudience_RefusesToStart()
    {
        var keysOnly = TestSupport.TestTokens.BearerSettings
            .Where(setting => !setting.Key.Contains("ValidAudiences", StringComparison.Ordinal))
            .ToDictionary(setting => setting.Key, setting => (string?)setting.Value);
        using var unconfigured = new ApiFactory(keysOnly, trustTestTokens: false);

        var failure = Assert.Catch(() => unconfigured.CreateClient());

        Assert.That(failure?.ToString(), Does.Contain("No bearer token validation is configured"));
    }

    [Test]
    public async Task Development_WithoutTokenValidation_StartsButAcceptsNoToken()
    {
        using var development = new ApiFactory(environment: "Development", trustTestTokens: false);
        using var client = development.Authorized();

        using var response = await client.GetAsync(ApiClient.Route);

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }
}
