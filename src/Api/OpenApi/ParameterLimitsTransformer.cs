using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using ResourceService.Application.Common.Idempotency;
using ResourceService.Application.Resources.ListResources;
using ResourceService.Domain.Resources;

namespace ResourceService.Api.OpenApi;

/// <summary>
/// Describes each request parameter with the limits the service enforces on it, taken from the constants that
/// enforce them: a client learns what is accepted before it sends, and nothing unbounded is advertised.
/// </summary>
internal sealed class ParameterLimitsTransformer : IOpenApiOperationTransformer
{
    // IdempotencyKey.Validate accepts visible ASCII only: '!' to '~'.
    private const string VisibleAscii = "^[!-~]+$";

    // ListResourcesRules accepts each sort field by its camelCase name, with '-' before it for descending.
    private static readonly string[] SortFields = Enum.GetNames<ResourceSortField>()
        .Select(JsonNamingPolicy.CamelCase.ConvertName)
        .ToArray();

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            var description = context.Description.ParameterDescriptions.FirstOrDefault(candidate => candidate.Name == parameter.Name);
            if (description is not null && parameter.Schema is OpenApiSchema schema)
            {
                Describe(parameter, schema, description);
            }
        }

        return Task.CompletedTask;
    }

    private static void Describe(OpenApiParameter parameter, OpenApiSchema schema, ApiParameterDescription description)
    {
        if (description.Source == BindingSource.Query)
        {
            DescribeListQuery(parameter, schema, description.Name);
        }
        else if (description.Source == BindingSource.Path && description.Type == typeof(int))
        {
            parameter.Description = "The resource's id.";
            schema.Numbered();
        }
        else if (description.Source == BindingSource.Header && description.Name == IdempotencyKey.Header)
        {
            parameter.Description = "Makes the create safe to retry: the same key with the same body within " +
                $"{IdempotencyKey.Retention.TotalHours} hours answers the first response again and creates nothing.";
            schema.MinLength = 1;
            schema.MaxLength = IdempotencyKey.MaxLength;
            schema.Pattern = VisibleAscii;
        }
    }

    private static void DescribeListQuery(OpenApiParameter parameter, OpenApiSchema schema, string name)
    {
        switch (name)
        {
            case ListResourcesRules.PageParameter:
                parameter.Description = $"The page to return, counting from {SchemaBounds.First}; pages reach the first " +
                    $"{ListResourcesRules.MaxOffsetRows} resources (page × pageSize), `cursor` goes further. Not with `cursor`.";
                schema.Numbered(ListResourcesRules.MaxOffsetRows).Default = SchemaBounds.First;
                break;
            case ListResourcesRules.CursorParameter:
                parameter.Description = "Continues a list after the page that gave this `meta.nextCursor`; send the same `name` " +
                    "and `sort` with it. A cursor from another list, tenant or a changed one is refused (400).";
                schema.MaxLength = ListCursor.MaxLength;
                schema.Pattern = "^[A-Za-z0-9_-]+$";
                break;
            case ListResourcesRules.PageSizeParameter:
                parameter.Description = $"How many resources a page holds, at most {ListResourcesRules.MaxPageSize}.";
                schema.Numbered(ListResourcesRules.MaxPageSize).Default = ListResourcesRules.DefaultPageSize;
                break;
            case ListResourcesRules.NameParameter:
                parameter.Description = "Only resources whose name contains this text, ignoring case.";
                schema.MaxLength = ResourceName.MaxLength;
                break;
            case ListResourcesRules.SortParameter:
                parameter.Description = $"The order of the list: {ListResourcesRules.SortValues}.";
                schema.Enum = [.. SortFields.SelectMany(field => new JsonNode[] { field, $"-{field}" })];
                schema.Default = JsonNamingPolicy.CamelCase.ConvertName(nameof(ResourceSortField.Id));
                break;
        }
    }
}
