using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ResourceService.Api.OpenApi;

/// <summary>Says what the API is for, where it is served, and what each module's tag holds.</summary>
internal sealed class DocumentInfoTransformer(ContractCatalog contracts) : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = ProductDescription.Title;
        document.Info.Description = ProductDescription.Summary + " Every operation needs a bearer token with a scope. " +
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

        DescribeTags(document);
        return Task.CompletedTask;
    }

    /// <summary>The framework lists each tag the operations use by name only; the module that declares a tag describes it.</summary>
    private void DescribeTags(OpenApiDocument document)
    {
        foreach (var tag in document.Tags ?? Enumerable.Empty<OpenApiTag>())
        {
            tag.Description ??= contracts.Tags.FirstOrDefault(module => module.Name == tag.Name)?.Description;
        }
    }
}
