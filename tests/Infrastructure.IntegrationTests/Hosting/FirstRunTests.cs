using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using ResourceService.Infrastructure.IntegrationTests.Faults;
using ResourceService.Infrastructure.Persistence;
using ResourceService.TestSupport;

namespace ResourceService.Infrastructure.IntegrationTests.Hosting;

/// <summary>
/// The README in order: start the service in Development, then create a token with <c>dotnet user-jwts</c>, which
/// writes its signing key into user secrets that did not exist when the service started. The token then works
/// without a restart.
/// </summary>
public sealed class FirstRunTests
{
    // What appsettings.Development.json accepts, and what dotnet user-jwts writes.
    private const string UserJwtsIssuer = "dotnet-user-jwts";
    private const string DevelopmentAudience = "http://localhost:5080";

    private static readonly TimeSpan PickUpWithin = TimeSpan.FromSeconds(20);

    [Test]
    public async Task ASigningKeyWrittenToUserSecretsAfterStartUp_IsAcceptedWithoutARestart()
    {
        var home = Directory.CreateTempSubdirectory("first-run-").FullName;
        var key = RandomNumberGenerator.GetBytes(32);
        try
        {
            // User secrets live under APPDATA when it is set, on every platform: a folder of this test's own.
            await using var api = await ApiProcess.StartAsync(
                DatabaseProvider.Sqlite,
                $"Data Source={Path.Combine(home, "resources.db")}",
                environment: "Development",
                variables: new Dictionary<string, string> { ["APPDATA"] = home, ["HOME"] = home },
                trustTestTokens: false);
            using var client = new HttpClient { BaseAddress = api.Address };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
                "Bearer", TestTokens.Create(issuer: UserJwtsIssuer, audience: DevelopmentAudience, key: key));
            using (var before = await client.GetAsync("/api/v1/resource"))
            {
                Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            }

            WriteUserSecrets(home, key);

            Assert.That(await StatusOnceSettledAsync(client), Is.EqualTo(HttpStatusCode.OK), api.Output);
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }
    }

    // The layout dotnet user-jwts writes: one flattened key holding the list of signing keys.
    private static void WriteUserSecrets(string appData, byte[] key)
    {
        var folder = Directory.CreateDirectory(Path.Combine(appData, "Microsoft", "UserSecrets", "resource-service-api"));
        var secrets = new JsonObject
        {
            ["Authentication:Schemes:Bearer:SigningKeys"] = new JsonArray(new JsonObject
            {
                ["Id"] = "first-run",
                ["Issuer"] = UserJwtsIssuer,
                ["Value"] = Convert.ToBase64String(key),
                ["Length"] = key.Length,
            }),
        };
        File.WriteAllText(Path.Combine(folder.FullName, "secrets.json"), secrets.ToJsonString());
    }

    private static async Task<HttpStatusCode> StatusOnceSettledAsync(HttpClient client)
    {
        var deadline = DateTime.UtcNow + PickUpWithin;
        while (true)
        {
            using var response = await client.GetAsync("/api/v1/resource");
            if (response.StatusCode != HttpStatusCode.Unauthorized || DateTime.UtcNow > deadline)
            {
                return response.StatusCode;
            }

            await Task.Delay(200);
        }
    }
}
