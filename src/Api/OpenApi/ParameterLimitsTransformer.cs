using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ResourceService.Api.OpenApi;

/// <summary>
/// Describes each request parameter with the limits the service enforces on it, as the operation's module (found by
/// its tag) or the shared contract declares them: a client learns what is accepted before it sends, and nothing
/// unbounded is advertised.
/// </summary>
internal sealed class ParameterLimitsTransformer(ContractCatalog contracts) : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var parameters = operation.Parameters?.OfType<OpenApiParameter>().ToList() ?? [];
        var tags = context.Description.ActionDescriptor.EndpointMetadata.OfType<ITagsMetadata>().SelectMany(metadata => metadata.Tags);
        var owner = new OperationContract(
            contracts.Module(tags),
            [.. parameters.Where(parameter => parameter.In == ParameterLocation.Query).Select(parameter => parameter.Name!)]);

        foreach (var parameter in parameters)
        {
            if (parameter is { In: { } location, Name: { } name, Schema: OpenApiSchema schema } &&
                contracts.Parameter(owner.Module, location, name) is { } declaration)
            {
                parameter.Description = declaration.Describe(owner);
                declaration.Limit(schema);
            }
        }

        return Task.CompletedTask;
    }
}
