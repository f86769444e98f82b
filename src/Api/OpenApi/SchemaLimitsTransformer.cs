using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using ResourceService.Api.Common;
using ResourceService.Application.Resources;
using ResourceService.Application.Resources.ListResources;
using ResourceService.Domain.Resources;

namespace ResourceService.Api.OpenApi;

/// <summary>
/// Gives the properties of the response bodies the bounds the service keeps, taken from the constants that keep them,
/// so that clients (and the OWASP lint) know how large each value can be.
/// </summary>
internal sealed class SchemaLimitsTransformer : IOpenApiSchemaTransformer
{
    // RFC 9110, section 15: status codes are 100 to 599, and a problem answer is a 4xx or a 5xx.
    private const int LastServerErrorStatus = 599;

    // No ISO 8601 round-trip timestamp is longer than this one; the service's UTC times are shorter.
    private static readonly int TimestampMaxLength = DateTimeOffset.MaxValue.ToString("O", CultureInfo.InvariantCulture).Length;

    private static readonly Dictionary<(Type Owner, string Property), Action<OpenApiSchema>> Limits = new()
    {
        [(typeof(ResourceResponse), nameof(ResourceResponse.Id))] = schema => schema.Numbered(),
        [(typeof(ResourceResponse), nameof(ResourceResponse.Name))] = schema => schema.MaxLength = ResourceName.MaxLength,
        [(typeof(ResourceResponse), nameof(ResourceResponse.CreatedAt))] = schema => schema.MaxLength = TimestampMaxLength,
        [(typeof(ResourceResponse), nameof(ResourceResponse.UpdatedAt))] = schema => schema.MaxLength = TimestampMaxLength,
        [(typeof(ResourceResponse), nameof(ResourceResponse.Version))] = schema => schema.Numbered(),
        [(typeof(PagedEnvelope<>), nameof(PagedEnvelope<object>.Data))] = schema => schema.MaxItems = ListResourcesRules.MaxPageSize,
        [(typeof(PageMeta), nameof(PageMeta.Page))] = schema => schema.Numbered(),
        [(typeof(PageMeta), nameof(PageMeta.PageSize))] = schema => schema.Numbered(ListResourcesRules.MaxPageSize),
        [(typeof(PageMeta), nameof(PageMeta.TotalCount))] = schema => schema.Count(),
        [(typeof(PageMeta), nameof(PageMeta.TotalPages))] = schema => schema.Count(),
        [(typeof(PageMeta), nameof(PageMeta.NextCursor))] = schema => schema.MaxLength = ListCursor.MaxLength,
        [(typeof(ProblemDetails), nameof(ProblemDetails.Status))] =
            schema => schema.Between(StatusCodes.Status400BadRequest, LastServerErrorStatus),
    };

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonPropertyInfo?.AttributeProvider is MemberInfo { DeclaringType: { } owner } property &&
            Limits.TryGetValue((Definition(owner), property.Name), out var limit))
        {
            limit(schema);
        }

        return Task.CompletedTask;
    }

    private static Type Definition(Type type) => type.IsGenericType ? type.GetGenericTypeDefinition() : type;
}
