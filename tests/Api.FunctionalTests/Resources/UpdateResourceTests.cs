using System.Net;
using System.Net.Http.Json;
using ResourceService.Api.FunctionalTests.Infrastructure;

namespace ResourceService.Api.FunctionalTests.Resources;

public sealed class UpdateResourceTests : ApiFixture
{
    [Test]
    public async Task Update_WithValidName_Returns200WithNewNameVersionAndUpdatedAt()
    {
        var created = await Client.CreateAsync("Before");

        using var response = await Client.PutAsJsonAsync($"{ApiClient.Route}/{created["id"]}", new { name = "  After " });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var data = (await response.ReadJsonAsync())["data"]!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(data["id"]!.GetValue<int>(), Is.EqualTo(created["id"]!.GetValue<int>()));
            Assert.That(data["name"]!.GetValue<string>(), Is.EqualTo("After"));
            Assert.That(data["version"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(data["createdAt"]!.GetValue<string>(), Is.EqualTo(created["createdAt"]!.GetValue<string>()));
            Assert.That(data["updatedAt"]!.GetValue<string>(), Does.EndWith("Z"));
            Assert.That(response.Headers.ETag?.Tag, Is.EqualTo("\"2\""));
        }

        using var read = await Client.GetAsync($"{ApiClient.Route}/{created["id"]}");
        Assert.That((await read.ReadJsonAsync())["data"]!.ToJsonString(), Is.EqualTo(data.ToJsonString()));
    }

    [Test]
    public async Task Update_WhenIdIsUnknown_Returns404Problem()
    {
        using var response = await Client.PutAsJsonAsync($"{ApiClient.Route}/{int.MaxValue}", new { name = "x" });

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Update_WithInvalidName_Returns400AndLeavesTheResourceUnchanged()
    {
        var created = await Client.CreateAsync("Keep me");

        using var response = await Client.PutAsJsonAsync($"{ApiClient.Route}/{created["id"]}", new { name = " " });

        await response.AssertValidationProblemAsync("name");
        using var read = await Client.GetAsync($"{ApiClient.Route}/{created["id"]}");
        Assert.That((await read.ReadJsonAsync())["data"]!.ToJsonString(), Is.EqualTo(created.ToJsonString()));
    }

    [Test]
    public async Task Update_WithTheCurrentIfMatch_Returns200()
    {
        var created = await Client.CreateAsync("Tagged");
        using var request = Put(created["id"]!.GetValue<int>(), "Retagged", "\"1\"");

        using var response = await Client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [TestCase("\"7\"")]
    [TestCase("W/\"0\"")]
    [TestCase("\"not-a-version\"")]
    public async Task Update_WithAStaleIfMatch_Returns412AndLeavesTheResourceUnchanged(string ifMatch)
    {
        var created = await Client.CreateAsync("Guarded");
        using var request = Put(created["id"]!.GetValue<int>(), "Overwritten", ifMatch);

        using var response = await Client.SendAsync(request);

        await response.AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        using var read = await Client.GetAsync($"{ApiClient.Route}/{created["id"]}");
        Assert.That((await read.ReadJsonAsync())["data"]!["name"]!.GetValue<string>(), Is.EqualTo("Guarded"));
    }

    [Test]
    public async Task Update_WhenBodyIsPlainText_Returns415Problem()
    {
        var created = await Client.CreateAsync("Text");

        using var response = await Client.PutAsync($"{ApiClient.Route}/{created["id"]}", new StringContent("name"));

        await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    private static HttpRequestMessage Put(int id, string name, string ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"{ApiClient.Route}/{id}") { Content = JsonContent.Create(new { name }) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }
}
