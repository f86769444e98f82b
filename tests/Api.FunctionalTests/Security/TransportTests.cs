using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using ResourceService.Api.FunctionalTests.Infrastructure;

namespace ResourceService.Api.FunctionalTests.Security;

public sealed class TransportTests
{
    private static readonly Dictionary<string, string?> HttpsConfigured = new() { ["https_port"] = "443" };

    [Test]
    public async Task Production_WithHttpsConfigured_RedirectsPlainHttp()
    {
        using var factory = new ApiFactory(HttpsConfigured);
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("http://api.example.com") });

        using var response = await client.GetAsync("/health/live");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.TemporaryRedirect));
            Assert.That(response.Headers.Location, Is.EqualTo(new Uri("https://api.example.com/health/live")));
        }
    }

    [Test]
    public async Task Production_WithHttpsConfigured_SendsHstsOverHttps()
    {
        using var factory = new ApiFactory(HttpsConfigured);
        using var client = factory.CreateClient(new() { BaseAddress = new Uri("https://api.example.com") });

        using var response = await client.GetAsync("/health/live");

        Assert.That(response.Headers.GetValues("Strict-Transport-Security").Single(), Does.Contain("max-age=31536000"));
    }

    [Test]
    public async Task ForwardedProto_FromAnUnknownProxy_IsIgnored()
    {
        using var factory = new ApiFactory(HttpsConfigured).ConnectingFrom(Proxy);

        using var response = await GetThroughProxyAsync(factory);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.TemporaryRedirect));
    }

    [Test]
    public async Task ForwardedProto_FromAKnownProxy_IsTrusted()
    {
        var settings = new Dictionary<string, string?>(HttpsConfigured) { ["ForwardedHeaders:KnownProxies:0"] = Proxy };
        using var factory = new ApiFactory(settings).ConnectingFrom(Proxy);

        using var response = await GetThroughProxyAsync(factory);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Headers.Contains("Strict-Transport-Security"), Is.True);
        }
    }

    private const string Proxy = "203.0.113.7";

    private static async Task<HttpResponseMessage> GetThroughProxyAsync(WebApplicationFactory<Program> factory)
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("http://api.example.com") });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "198.51.100.20");
        return await client.SendAsync(request);
    }

    [Test]
    public async Task WithoutHttpsConfigured_ServesPlainHttpWithoutHsts()
    {
        using var factory = new ApiFactory();
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("http://api.example.com") });

        using var response = await client.GetAsync("/health/live");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Headers.Contains("Strict-Transport-Security"), Is.False);
        }
    }
}
