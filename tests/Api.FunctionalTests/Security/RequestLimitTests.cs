using System.Net;
using System.Text;
using ResourceService.Api.FunctionalTests.Infrastructure;

namespace ResourceService.Api.FunctionalTests.Security;

/// <summary>OWASP API4: a request body over the limit is refused with 413, whatever the server.</summary>
public sealed class RequestLimitTests : ApiFixture
{
    private const int Limit = 4096;

    [Test]
    public async Task Create_WithABodyOverTheLimit_Returns413ProblemAndStoresNothing()
    {
        var name = UniqueName("oversized");
        var body = $"{{\"name\": \"{name}\"{new string(' ', Limit)}}}";

        using var response = await Client.PostAsync(ApiClient.Route, ApiClient.Json(body));

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        using var list = await Client.GetAsync($"{ApiClient.Route}?name={name}");
        Assert.That((await list.ReadJsonAsync())["meta"]!["totalCount"]!.GetValue<int>(), Is.Zero);
    }

    [Test]
    public async Task Create_WithABodyJustUnderTheLimit_IsAccepted()
    {
        var body = $"{{\"name\": \"{UniqueName("padded")}\"{new string(' ', Limit - 100)}}}";

        using var response = await Client.PostAsync(ApiClient.Route, ApiClient.Json(body));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task Create_WithAStreamedBodyOverTheLimitOnKestrel_IsRefusedWith413()
    {
        using var factory = new ApiFactory(Settings());
        factory.UseKestrel(0);
        factory.StartServer();
        using var client = factory.Authorized();
        var body = Encoding.UTF8.GetBytes($"{{\"name\": \"streamed\"{new string(' ', Limit * 4)}}}");
        using var content = new StreamContent(new MemoryStream(body));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        content.Headers.ContentLength = null;

        using var response = await client.PostAsync(ApiClient.Route, content);

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [TestCase(65, 10)]
    [TestCase(2, 20 * 1024)]
    public async Task Headers_OverKestrelsLimits_AreRefusedWith431(int count, int size)
    {
        using var factory = new ApiFactory();
        factory.UseKestrel(0);
        factory.StartServer();
        using var client = factory.CreateClient();
        for (var i = 0; i < count; i++)
        {
            client.DefaultRequestHeaders.Add($"X-Padding-{i}", new string('p', size));
        }

        using var response = await client.GetAsync("/health/live");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestHeaderFieldsTooLarge));
    }

    [Test]
    public async Task Default_BodyLimitIsOneMebibyte()
    {
        using var defaults = new ApiFactory();
        using var client = defaults.Authorized();
        var body = $"{{\"name\": \"big\"{new string(' ', 1024 * 1024)}}}";

        using var response = await client.PostAsync(ApiClient.Route, ApiClient.Json(body));

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    protected override ApiFactory CreateFactory() => new(Settings());

    private static Dictionary<string, string?> Settings() =>
        new() { ["Limits:MaxRequestBodyBytes"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}
