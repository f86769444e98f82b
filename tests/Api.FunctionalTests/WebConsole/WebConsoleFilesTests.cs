using System.Net;
using ResourceService.Api.FunctionalTests.Infrastructure;

namespace ResourceService.Api.FunctionalTests.WebConsole;

/// <summary>The web console's files: served at / to anyone, under a strict policy of their own; the API unchanged.</summary>
public sealed class WebConsoleFilesTests : ApiFixture
{
    private HttpClient _anonymous = null!;

    [OneTimeSetUp]
    public void CreateAnonymousClient() => _anonymous = Factory.CreateClient();

    [OneTimeTearDown]
    public void DisposeAnonymousClient() => _anonymous.Dispose();

    [Test]
    public async Task TheRoot_ServesTheConsoleWithoutAToken()
    {
        using var response = await _anonymous.GetAsync("/");
        var page = await response.Content.ReadAsStringAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
            Assert.That(page, Does.Contain("<label for=\"token\">Bearer token</label>"));
            Assert.That(page, Does.Contain("<script type=\"module\" src=\"/js/main.js\"></script>"));
        }
    }

    [TestCase("/", "text/html")]
    [TestCase("/index.html", "text/html")]
    [TestCase("/console.css", "text/css")]
    [TestCase("/js/main.js", "text/javascript")]
    [TestCase("/favicon.svg", "image/svg+xml")]
    public async Task EveryConsoleFile_IsServedUnderTheConsolePolicy(string path, string mediaType)
    {
        using var response = await _anonymous.GetAsync(path);
        var policy = string.Join(", ", response.Headers.GetValues("Content-Security-Policy"));
        var directives = policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(mediaType));
            Assert.That(response.Headers.GetValues("Content-Security-Policy"), Has.Exactly(1).Items, "one policy, not the API's as well");
            Assert.That(directives, Does.Contain("default-src 'none'"));
            Assert.That(directives, Does.Contain("script-src 'self'"));
            Assert.That(directives, Does.Contain("style-src 'self'"));
            Assert.That(directives, Does.Contain("connect-src 'self'"));
            Assert.That(directives, Does.Contain("frame-ancestors 'none'"));
            Assert.That(directives, Does.Contain("require-trusted-types-for 'script'"));
            Assert.That(policy, Does.Not.Contain("unsafe").And.Not.Contain("data:").And.Not.Contain("http").And.Not.Contain("*"));
            Assert.That(response.Headers.CacheControl?.NoCache, Is.True, "a deployment's new files are picked up at once");
            Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
        }
    }

    [TestCase("/api/v1/resource")]
    [TestCase("/js/no-such-file.js")]
    [TestCase("/console/settings")]
    public async Task EverythingElse_KeepsTheApiPolicy(string path)
    {
        using var response = await _anonymous.GetAsync(path);

        Assert.That(response.Headers.GetValues("Content-Security-Policy"), Is.EqualTo(new[] { "default-src 'none'; frame-ancestors 'none'" }));
    }

    [Test]
    public async Task TheApi_StillNeedsAToken()
    {
        using var list = await _anonymous.GetAsync(ApiClient.Route);
        using var missingFile = await _anonymous.GetAsync("/js/no-such-file.js");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(list.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(missingFile.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "only files that exist are public");
        }
    }

    [Test]
    public async Task OutsideDevelopment_TheSettingsSayNotToShowTheTokenHint()
    {
        using var response = await _anonymous.GetAsync("/console/settings");

        Assert.That((await response.ReadJsonAsync())["development"]!.GetValue<bool>(), Is.False);
    }

    [Test]
    public async Task InDevelopment_TheSettingsSayToShowTheTokenHint()
    {
        using var development = new ApiFactory(environment: "Development");
        using var client = development.CreateClient();

        using var response = await client.GetAsync("/console/settings");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await response.ReadJsonAsync())["development"]!.GetValue<bool>(), Is.True);
        }
    }
}
