using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using ResourceService.Api.FunctionalTests.Infrastructure;
using ResourceService.TestSupport;

namespace ResourceService.Api.FunctionalTests.Security;

/// <summary>
/// The README's first run: the service starts, then <c>dotnet user-jwts</c> writes a signing key into configuration.
/// Bearer settings that appear or change while the service runs are used without a restart.
/// </summary>
public sealed class BearerReloadTests
{
    private static readonly TimeSpan ReloadWait = TimeSpan.FromSeconds(15);

    [Test]
    public async Task ASigningKeyWrittenAfterStartUp_IsAcceptedWithoutARestart()
    {
        using var service = new WatchedSettingsFactory();
        using var client = service.Authorized();
        using (var before = await client.GetAsync(ApiClient.Route))
        {
            await before.AssertProblemAsync(HttpStatusCode.Unauthorized);
        }

        service.WriteBearerSettings(TestTokens.Issuer, TestTokens.Audience, TestTokens.BearerSettings["Authentication:Schemes:Bearer:SigningKeys:0:Value"]);

        Assert.That(await WaitForStatusAsync(client, HttpStatusCode.OK), Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task ASigningKeyReplacedWhileRunning_RefusesTokensOfTheOldKeyAndAcceptsTheNew()
    {
        using var service = new WatchedSettingsFactory();
        var oldKey = RandomNumberGenerator.GetBytes(32);
        var newKey = RandomNumberGenerator.GetBytes(32);
        service.WriteBearerSettings(TestTokens.Issuer, TestTokens.Audience, Convert.ToBase64String(oldKey));
        using var oldClient = service.CreateClient();
        oldClient.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Create(key: oldKey));
        using var newClient = service.CreateClient();
        newClient.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Create(key: newKey));
        Assert.That(await WaitForStatusAsync(oldClient, HttpStatusCode.OK), Is.EqualTo(HttpStatusCode.OK));

        service.WriteBearerSettings(TestTokens.Issuer, TestTokens.Audience, Convert.ToBase64String(newKey));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await WaitForStatusAsync(newClient, HttpStatusCode.OK), Is.EqualTo(HttpStatusCode.OK));
            using var old = await oldClient.GetAsync(ApiClient.Route);
            Assert.That(old.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        }
    }

    // The file watcher reports a change after a short delay; poll rather than sleep a fixed time.
    private static async Task<HttpStatusCode> WaitForStatusAsync(HttpClient client, HttpStatusCode wanted)
    {
        var deadline = DateTime.UtcNow + ReloadWait;
        while (true)
        {
            using var response = await client.GetAsync(ApiClient.Route);
            if (response.StatusCode == wanted || DateTime.UtcNow > deadline)
            {
                return response.StatusCode;
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Development, as on a first run, with no bearer settings but a settings file watched for changes.</summary>
    private sealed class WatchedSettingsFactory() : ApiFactory(environment: "Development", trustTestTokens: false)
    {
        private readonly string _settingsFile = EmptySettingsFile();

        public void WriteBearerSettings(string issuer, string audience, string base64Key)
        {
            var bearer = new JsonObject
            {
                ["ValidIssuer"] = issuer,
                ["ValidAudiences"] = new JsonArray(audience),
                ["SigningKeys"] = new JsonArray(new JsonObject { ["Issuer"] = issuer, ["Value"] = base64Key }),
            };
            var settings = new JsonObject { ["Authentication"] = new JsonObject { ["Schemes"] = new JsonObject { ["Bearer"] = bearer } } };
            File.WriteAllText(_settingsFile, settings.ToJsonString());
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureAppConfiguration(configuration => configuration.AddJsonFile(_settingsFile, optional: false, reloadOnChange: true));
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            File.Delete(_settingsFile);
        }

        private static string EmptySettingsFile()
        {
            var file = Path.Combine(Path.GetTempPath(), $"bearer-{Guid.NewGuid():N}.json");
            File.WriteAllText(file, "{}");
            return file;
        }
    }
}
