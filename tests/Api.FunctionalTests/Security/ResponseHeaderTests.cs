using ResourceService.Api.FunctionalTests.Infrastructure;

namespace ResourceService.Api.FunctionalTests.Security;

/// <summary>XSS: the API's answers can never be run, framed or sniffed as a page.</summary>
public sealed class ResponseHeaderTests : ApiFixture
{
    [TestCase("/api/v1/resource")]
    [TestCase("/api/v1/resource/2147483647")]
    [TestCase("/no/such/route")]
    [TestCase("/openapi/v1.json")]
    public async Task EveryApiResponse_ForbidsScriptsAndFraming(string path)
    {
        using var response = await Client.GetAsync(path);

        Assert.That(response.Headers.GetValues("Content-Security-Policy"), Is.EqualTo(new[] { "default-src 'none'; frame-ancestors 'none'" }));
    }

    [Test]
    public async Task NamesWithMarkup_AreReturnedAsJsonStringsNeverAsHtml()
    {
        const string markup = "<script>alert(document.cookie)</script>";
        var created = await Client.CreateAsync(markup);

        using var response = await Client.GetAsync($"{ApiClient.Route}/{created["id"]}");
        var raw = await response.Content.ReadAsStringAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
            Assert.That(raw, Does.Not.Contain("<").And.Contain("\\u003Cscript\\u003E"), "the JSON encoder escapes markup characters");
            Assert.That((await response.ReadJsonAsync())["data"]!["name"]!.GetValue<string>(), Is.EqualTo(markup));
        }
    }
}
