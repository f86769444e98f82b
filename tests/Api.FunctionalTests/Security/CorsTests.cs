using System.Net;
using ResourceService.Api.FunctionalTests.Infrastructure;

namespace ResourceService.Api.FunctionalTests.Security;

public sealed class CorsTests : ApiFixture
{
    private const string Allowed = "https://app.example";

    [Test]
    public async Task Preflight_FromAnAllowedOrigin_IsGranted()
    {
        using var response = await PreflightAsync(Factory, Allowed);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(response.Headers.GetValues("Access-Control-Allow-Origin"), Is.EqualTo(new[] { Allowed }));
            Assert.That(response.Headers.Contains("Access-Control-Allow-Credentials"), Is.False);
        }
    }

    [TestCase("https://evil.example")]
    [TestCase("http://app.example")]
    [TestCase("https://app.example.evil.example")]
    public async Task Preflight_FromAnyOtherOrigin_GetsNoAllowOrigin(string origin)
    {
        using var response = await PreflightAsync(Factory, origin);

        Assert.That(response.Headers.Contains("Access-Control-Allow-Origin"), Is.False);
    }

    [Test]
    public async Task Preflight_WhenNoOriginIsConfigured_GetsNoAllowOrigin()
    {
        using var closed = new ApiFactory();

        using var response = await PreflightAsync(closed, Allowed);

        Assert.That(response.Headers.Contains("Access-Control-Allow-Origin"), Is.False);
    }

    [Test]
    public async Task Request_FromAnAllowedOrigin_ExposesTheHeadersAFrontendReads()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, ApiClient.Route);
        request.Headers.Add("Origin", Allowed);

        using var response = await Client.SendAsync(request);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Headers.GetValues("Access-Control-Allow-Origin"), Is.EqualTo(new[] { Allowed }));
            Assert.That(string.Join(",", response.Headers.GetValues("Access-Control-Expose-Headers")), Does.Contain("ETag").And.Contain("Location"));
        }
    }

    [Test]
    public async Task ARefusedRequest_FromAnAllowedOrigin_StillCarriesCorsHeaders()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, ApiClient.Route) { Content = new StringContent("name=x") };
        request.Headers.Add("Origin", Allowed);

        using var response = await Client.SendAsync(request);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
            Assert.That(response.Headers.GetValues("Access-Control-Allow-Origin"), Is.EqualTo(new[] { Allowed }));
        }
    }

    protected override ApiFactory CreateFactory() => new(new Dictionary<string, string?> { ["Cors:AllowedOrigins:0"] = Allowed });

    private static async Task<HttpResponseMessage> PreflightAsync(ApiFactory factory, string origin)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Options, ApiClient.Route);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        return await client.SendAsync(request);
    }
}
