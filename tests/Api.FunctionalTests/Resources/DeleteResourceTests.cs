using System.Net;
using ResourceService.Api.FunctionalTests.Infrastructure;

namespace ResourceService.Api.FunctionalTests.Resources;

public sealed class DeleteResourceTests : ApiFixture
{
    [Test]
    public async Task Delete_WhenResourceExists_Returns204WithoutBodyAndTheResourceIsGone()
    {
        var created = await Client.CreateAsync("Doomed");

        using var response = await Client.DeleteAsync($"{ApiClient.Route}/{created["id"]}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(await response.Content.ReadAsStringAsync(), Is.Empty);
        }

        using var read = await Client.GetAsync($"{ApiClient.Route}/{created["id"]}");
        await read.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Delete_WhenIdIsUnknown_Returns404Problem()
    {
        using var response = await Client.DeleteAsync($"{ApiClient.Route}/{int.MaxValue}");

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Delete_Twice_Returns404TheSecondTime()
    {
        var created = await Client.CreateAsync("Once");
        using var first = await Client.DeleteAsync($"{ApiClient.Route}/{created["id"]}");

        using var second = await Client.DeleteAsync($"{ApiClient.Route}/{created["id"]}");

        await second.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Delete_WithAStaleIfMatch_Returns412AndKeepsTheResource()
    {
        var created = await Client.CreateAsync("Guarded");
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"{ApiClient.Route}/{created["id"]}");
        request.Headers.TryAddWithoutValidation("If-Match", "\"5\"");

        using var response = await Client.SendAsync(request);

        await response.AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        using var read = await Client.GetAsync($"{ApiClient.Route}/{created["id"]}");
        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
