using System.Net;
using ResourceService.Api.FunctionalTests.Infrastructure;

namespace ResourceService.Api.FunctionalTests.Resources;

public sealed class GetResourceTests : ApiFixture
{
    [Test]
    public async Task Get_WhenResourceExists_Returns200WithTheSameDataAsTheCreate()
    {
        var created = await Client.CreateAsync("Gadget");

        using var response = await Client.GetAsync($"{ApiClient.Route}/{created["id"]}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var body = await response.ReadJsonAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(body["success"]!.GetValue<bool>(), Is.True);
            Assert.That(body["data"]!.ToJsonString(), Is.EqualTo(created.ToJsonString()));
            Assert.That(response.Headers.ETag?.Tag, Is.EqualTo("\"1\""));
        }
    }

    [Test]
    public async Task Get_AfterASqliteRoundTrip_KeepsTheUtcOffsetOnTimes()
    {
        var created = await Client.CreateAsync("Clock");

        using var response = await Client.GetAsync($"{ApiClient.Route}/{created["id"]}");
        var createdAt = (await response.ReadJsonAsync())["data"]!["createdAt"]!.GetValue<string>();

        Assert.That(createdAt, Does.Match(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$"));
    }

    [TestCase(int.MaxValue)]
    [TestCase(0)]
    [TestCase(-1)]
    public async Task Get_WhenIdIsUnknown_Returns404Problem(int id)
    {
        using var response = await Client.GetAsync($"{ApiClient.Route}/{id}");

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [TestCase("abc")]
    [TestCase("99999999999")]
    [TestCase("1.5")]
    public async Task Get_WhenIdIsNotAnInteger_Returns404Problem(string id)
    {
        using var response = await Client.GetAsync($"{ApiClient.Route}/{id}");

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
