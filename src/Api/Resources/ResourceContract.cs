using System.Text.Json;
using System.Text.Json.Nodes;
using ResourceService.Api.OpenApi;
using ResourceService.Application.Resources;
using ResourceService.Application.Resources.ListResources;
using ResourceService.Domain.Resources;

namespace ResourceService.Api.Resources;

/// <summary>The Resources module's OpenAPI facts, taken from the constants that enforce them.</summary>
internal sealed class ResourceContract : IModuleContract
{
    public const string TagName = "Resources";

    // ListResourcesRules accepts each sort field by its camelCase name, with '-' before it for descending.
    private static readonly string[] SortFields = Enum.GetNames<ResourceSortField>()
        .Select(JsonNamingPolicy.CamelCase.ConvertName)
        .ToArray();

    public ModuleTag Tag { get; } = new(TagName,
        "Named resources of the caller's tenant: create, read, list, rename and delete them.", Items: "resources");

    public void Declare(ContractDeclarations contract) =>
        contract
            .Property<ResourceResponse>(nameof(ResourceResponse.Id), schema => schema.Numbered())
            .Property<ResourceResponse>(nameof(ResourceResponse.Name), schema => schema.MaxLength = ResourceName.MaxLength)
            .Property<ResourceResponse>(nameof(ResourceResponse.CreatedAt), schema => schema.Timestamp())
            .Property<ResourceResponse>(nameof(ResourceResponse.UpdatedAt), schema => schema.Timestamp())
            .Property<ResourceResponse>(nameof(ResourceResponse.Version), schema => schema.Numbered())
            .PathParameter("id", "The resource's id.", schema => schema.Numbered())
            .QueryParameter(ListResourcesRules.NameParameter, "Only resources whose name contains this text, ignoring case.",
                schema => schema.MaxLength = ResourceName.MaxLength)
            .QueryParameter(ListResourcesRules.SortParameter, $"The order of the list: {ListResourcesRules.SortValues}.", schema =>
            {
                schema.Enum = [.. SortFields.SelectMany(field => new JsonNode[] { field, $"-{field}" })];
                schema.Default = JsonNamingPolicy.CamelCase.ConvertName(nameof(ResourceSortField.Id));
            });
}
