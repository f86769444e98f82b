using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ResourceService.Api.FunctionalTests.Infrastructure;

namespace ResourceService.Api.FunctionalTests.Security;

/// <summary>OWASP API9 (improper inventory management): every API endpoint the service maps is in the contract.</summary>
public sealed class InventoryTests : ApiFixture
{
    [Test]
    public async Task EveryMappedApiEndpoint_IsDescribedInTheOpenApiDocument()
    {
        using var response = await Client.GetAsync("/openapi/v1.json");
        var paths = (await response.ReadJsonAsync())["paths"]!.AsObject();
        var documented = paths
            .SelectMany(path => path.Value!.AsObject().Select(operation => $"{operation.Key.ToUpperInvariant()} {path.Key}"))
            .ToHashSet();

        var mapped = Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .SelectMany(endpoint => endpoint.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods
                .Select(method => $"{method} {Normalize(endpoint.RoutePattern.RawText!)}"))
            .ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(mapped, Is.Not.Empty);
            Assert.That(mapped, Is.SubsetOf(documented));
        }
    }

    [Test]
    public async Task TheApi_IsVersionedInItsPath()
    {
        using var response = await Client.GetAsync("/openapi/v1.json");
        JsonObject paths = (await response.ReadJsonAsync())["paths"]!.AsObject();

        Assert.That(paths.Select(path => path.Key), Is.All.StartWith("/api/v1/"));
    }

    // "/api/v1/resource/{id:int}" is documented as "/api/v1/resource/{id}", and a group's "/" as no slash.
    private static string Normalize(string pattern) =>
        System.Text.RegularExpressions.Regex.Replace(pattern, ":[a-z]+}", "}").TrimEnd('/');
}
