using System.Text.Json.Nodes;
using ResourceService.Api.FunctionalTests.Infrastructure;
using ResourceService.TestSupport;

namespace ResourceService.Api.FunctionalTests.Audit;

/// <summary>The audit route and clients for its tests: a writer of resources that may also read the audit.</summary>
internal static class AuditApi
{
    public const string Route = "/api/v1/audit";
    public const string Read = "audit:read";
    public const string ReadAndWriteResources = TestTokens.ReadWrite + " " + Read;

    public static HttpClient Auditor(this ApiFactory factory, string? tenant = null, string subject = "alice") =>
        factory.Authorized(ReadAndWriteResources, subject, tenant);

    public static async Task<JsonNode> ListAsync(this HttpClient client, string query)
    {
        using var response = await client.GetAsync($"{Route}?{query}");
        Assert.That(response.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    public static List<JsonNode> Entries(JsonNode list) => [.. list["data"]!.AsArray().Select(entry => entry!)];

    public static int IdOf(JsonNode resource) => resource["id"]!.GetValue<int>();
}
