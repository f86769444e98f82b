using System.Net;
using ResourceService.Api.FunctionalTests.Infrastructure;

namespace ResourceService.Api.FunctionalTests.Security;

/// <summary>
/// CSRF: the API trusts only bearer tokens that a page must add itself, never ambient cookies, and reads only
/// JSON, so a form on another site cannot act for a user (see docs/adr on CSRF).
/// </summary>
public sealed class CsrfTests : ApiFixture
{
    [Test]
    public async Task CrossSiteFormPost_WithCookiesButNoToken_IsRefusedAndStoresNothing()
    {
        var name = UniqueName("csrf");
        using var browser = Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, ApiClient.Route)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = name }),
        };
        request.Headers.Add("Origin", "https://evil.example");
        request.Headers.Add("Cookie", "session=stolen; .AspNetCore.Identity.Application=abc");

        using var response = await browser.SendAsync(request);

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.That(await CountAsync(name), Is.Zero);
    }

    [TestCase("application/x-www-form-urlencoded")]
    [TestCase("multipart/form-data; boundary=x")]
    [TestCase("text/plain")]
    public async Task SimpleRequestContentTypes_AreRefusedEvenWithAToken(string contentType)
    {
        var name = UniqueName("simple");
        using var content = new StringContent($"{{\"name\":\"{name}\"}}");
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);

        using var response = await Client.PostAsync(ApiClient.Route, content);

        await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.That(await CountAsync(name), Is.Zero);
    }

    private async Task<int> CountAsync(string name)
    {
        using var list = await Client.GetAsync($"{ApiClient.Route}?name={name}");
        return (await list.ReadJsonAsync())["meta"]!["totalCount"]!.GetValue<int>();
    }
}
