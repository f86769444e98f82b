using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ResourceService.Api.OpenApi;

/// <summary>Says what the API is for, and where it is served.</summary>
internal sealed class DocumentInfoTransformer : IOpenApiDocumentTransformer
{
    /// <summary>The product's name, where the framework would write the assembly's ("ResourceService.Api | v1").</summary>
    public const string Title = "Resource service API";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = Title;
        document.Info.Description =
            "The resource service stores named resources for web frontends. Every operation needs a bearer token with a scope. " +
            "A success is `{\"success\": true, \"data\": ...}`; a failure is RFC 9457 `application/problem+json` " +
            "with a `traceId` and `\"success\": false`. Each client has a request budget per time window; " +
            "over it, the answer is 429 with Retry-After.";

        // Every deployment serves its own document, so the API is always at the document's own origin, over the
        // scheme the caller used (HTTPS wherever it is configured). The URL the framework would write here is the
        // host of the request that fetched the document: true for that one caller, wrong for the next.
        document.Servers =
        [
            new OpenApiServer
            {
                Url = "/",
                Description = "The deployment that serves this document (local, test, staging or production alike).",
                // Called by web frontends from browsers: not an internal-only API.
                Extensions = new Dictionary<string, IOpenApiExtension> { ["x-internal"] = new JsonNodeExtension(JsonValue.Create(false)) },
            },
        ];
        return Task.CompletedTask;
    }
}
