using System.Reflection;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ResourceService.Api.OpenApi;

/// <summary>
/// Gives the properties of request and response bodies the bounds the service keeps, as the shared and the modules'
/// contracts declare them, so that clients (and the OWASP lint) know how large each value can be.
/// </summary>
internal sealed class SchemaLimitsTransformer(ContractCatalog contracts) : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonPropertyInfo?.AttributeProvider is MemberInfo { DeclaringType: { } owner } property &&
            contracts.Property(owner, property.Name) is { } limit)
        {
            limit(schema);
        }

        return Task.CompletedTask;
    }
}
