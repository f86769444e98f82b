using System.Net;
using ResourceService.Api.FunctionalTests.Infrastructure;

namespace ResourceService.Api.FunctionalTests.Platform;

/// <summary>Runs the service on a real Kestrel socket, where the Server header would otherwise appear.</summary>
public sealed class HeaderTests : ApiFixture
{
    protected override ApiFactory CreateFactory()
    {
        var factory = new ApiFactory();
        factory.UseKestrel(0);
        factory.StartServer();
        return factory;
    }

    [TestCase("/api/v1/resource")]
    [TestCase("/api/v1/resource/2147483647")]
    [TestCase("/no/such/route")]
    [TestCase("/openapi/v1.json")]
    public async Task EveryResponse_CarriesNosniffAndNoServerHeader(string path)
    {
        using var response = await Client.GetAsync(path);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
            Assert.That(response.Headers.Server, Is.Empty);
        }
    }

    [Test]
    public async Task Kestrel_ServesTheApiOverARealSocket()
    {
        using var response = await Client.GetAsync("/health/live");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(Client.BaseAddress?.Port, Is.Not.EqualTo(80));
        }
    }
}
