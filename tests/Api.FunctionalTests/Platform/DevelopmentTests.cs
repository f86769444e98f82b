using System.Net;
using ResourceService.Api.FunctionalTests.Infrastructure;

namespace ResourceService.Api.FunctionalTests.Platform;

public sealed class DevelopmentTests
{
    [Test]
    public async Task InDevelopment_TheInteractiveReferenceIsServedWithoutAToken()
    {
        using var development = new ApiFactory(environment: "Development");
        using var client = development.CreateClient();

        using var response = await client.GetAsync("/scalar");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task InProduction_ThereIsNoInteractiveReference()
    {
        using var production = new ApiFactory();
        using var client = production.Authorized();

        using var response = await client.GetAsync("/scalar");

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
