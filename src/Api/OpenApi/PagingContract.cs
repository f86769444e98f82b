using Microsoft.OpenApi;
using ResourceService.Api.Common;
using ResourceService.Application.Common.Paging;

namespace ResourceService.Api.OpenApi;

/// <summary>
/// The paging facts of every module's lists: the page envelope, its meta and the page, pageSize and cursor parameters.
/// A description names what the owning module's lists hold (<see cref="ModuleTag.Items"/>) and, for the cursor, the
/// operation's own filter parameters, so no module's words are written here.
/// </summary>
internal static class PagingContract
{
    private const string AnyItems = "items";

    public static ContractDeclarations Declare(ContractDeclarations contract) =>
        contract
            .Property(typeof(PagedEnvelope<>), nameof(PagedEnvelope<object>.Data), schema => schema.MaxItems = PagingRules.MaxPageSize)
            .Property<PageMeta>(nameof(PageMeta.Page), schema => schema.Numbered())
            .Property<PageMeta>(nameof(PageMeta.PageSize), schema => schema.Numbered(PagingRules.MaxPageSize))
            .Property<PageMeta>(nameof(PageMeta.TotalCount), schema => schema.Count())
            .Property<PageMeta>(nameof(PageMeta.TotalPages), schema => schema.Count())
            .Property<PageMeta>(nameof(PageMeta.NextCursor), schema => schema.MaxLength = ListCursor.MaxLength)
            .Parameter(ParameterLocation.Query, PagingRules.PageParameter,
                operation => $"The page to return, counting from {SchemaBounds.First}; pages reach the first " +
                    $"{PagingRules.MaxOffsetRows} {Items(operation)} (page × pageSize), `cursor` goes further. Not with `cursor`.",
                schema => schema.Numbered(PagingRules.MaxOffsetRows).Default = SchemaBounds.First)
            .Parameter(ParameterLocation.Query, PagingRules.CursorParameter,
                operation => "Continues a list after the page that gave this `meta.nextCursor`" + SameFilters(operation) +
                    ". A cursor from another list, tenant or a changed one is refused (400).",
                schema =>
                {
                    schema.MaxLength = ListCursor.MaxLength;
                    schema.Pattern = "^[A-Za-z0-9_-]+$";
                })
            .Parameter(ParameterLocation.Query, PagingRules.PageSizeParameter,
                operation => $"How many {Items(operation)} a page holds, at most {PagingRules.MaxPageSize}.",
                schema => schema.Numbered(PagingRules.MaxPageSize).Default = PagingRules.DefaultPageSize);

    private static string Items(OperationContract operation) => operation.Module?.Items ?? AnyItems;

    /// <summary>A cursor continues one filter and order: the operation's query parameters other than the paging ones.</summary>
    private static string SameFilters(OperationContract operation)
    {
        var filters = operation.QueryParameters
            .Except([PagingRules.PageParameter, PagingRules.PageSizeParameter, PagingRules.CursorParameter], StringComparer.Ordinal)
            .Select(name => $"`{name}`")
            .ToList();
        return filters.Count switch
        {
            0 => "",
            1 => $"; send the same {filters[0]} with it",
            _ => $"; send the same {string.Join(", ", filters[..^1])} and {filters[^1]} with it",
        };
    }
}
