using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using ResourceService.TestSupport;

namespace ResourceService.Api.FunctionalTests.Infrastructure;

/// <summary>Calls the resource API as a frontend would, and reads its answers as raw JSON.</summary>
public static class ApiClient
{
    public const string Route = "/api/v1/resource";

    public static HttpClient Authorized(
        this WebApplicationFactory<Program> factory, string? scope = TestTokens.ReadWrite, string subject = "alice", string? tenant = null)
    {
        var client = factory.CreateClient();
        var claims = tenant is null ? [] : new[] { new System.Security.Claims.Claim("tenant", tenant) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create(scope, subject, extraClaims: claims));
        return client;
    }

    public static Task<HttpResponseMessage> PostNameAsync(this HttpClient client, string? name) =>
        client.PostAsJsonAsync(Route, new { name });

    /// <summary>Creates a resource and returns its data object; fails the test if the service refuses.</summary>
    public static async Task<JsonNode> CreateAsync(this HttpClient client, string name)
    {
        using var response = await client.PostNameAsync(name);
        Assert.That(response.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync())["data"]!;
    }

    public static async Task<JsonNode> ReadJsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())
            ?? throw new AssertionException("The response body was JSON null.");

    public static HttpContent Json(string raw) => new StringContent(raw, System.Text.Encoding.UTF8, "application/json");
}
