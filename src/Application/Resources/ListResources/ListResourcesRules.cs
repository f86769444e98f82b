using ResourceService.Application.Common.Paging;
using ResourceService.Domain.Common;
using ResourceService.Domain.Resources;

namespace ResourceService.Application.Resources.ListResources;

public static class ListResourcesRules
{
    public const string SortValues = "id, name, createdAt; prefix '-' for descending";

    /// <summary>A filtered list counts its matches up to this many; beyond, the count says "at least" (ADR 0021).</summary>
    public const int MaxExactFilteredCount = 1_000;

    /// <summary>The resource list's own query parameters, besides paging.</summary>
    public const string NameParameter = "name";
    public const string SortParameter = "sort";

    private static readonly Dictionary<string, ResourceSortField> SortFields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = ResourceSortField.Id,
        ["name"] = ResourceSortField.Name,
        ["createdAt"] = ResourceSortField.CreatedAt,
    };

    /// <param name="tenant">The caller's tenant, which a cursor must have been issued for.</param>
    public static Result<ResourceListCriteria> Validate(ListResourcesQuery query, string tenant)
    {
        var errors = new Dictionary<string, string[]>();
        var pageSize = PagingRules.Validate(query.Page, query.PageSize, query.Cursor is not null, "resources", errors);
        ValidateName(query.Name, errors);

        var (sortBy, descending) = ParseSort(query.Sort);
        if (sortBy is null)
        {
            errors[SortParameter] = [$"The sort must be one of {SortValues}."];
        }

        if (errors.Count > 0)
        {
            return Error.Validation(errors);
        }

        var nameKey = string.IsNullOrEmpty(query.Name) ? null : ResourceName.SearchKey(query.Name);
        var criteria = new ResourceListCriteria(PagingRules.PageOf(query.Page, query.Cursor is not null), pageSize, nameKey, sortBy!.Value, descending);
        if (query.Cursor is not { } cursor)
        {
            return criteria;
        }

        return ResourceCursor.Decode(cursor, criteria, tenant) is { } after
            ? criteria with { After = after }
            : Error.Validation(PagingRules.CursorParameter,
                "The cursor is not one this list issued: pass meta.nextCursor unchanged, with the same name and sort.");
    }

    private static void ValidateName(string? name, Dictionary<string, string[]> errors)
    {
        if (name is not null && ResourceName.LengthOf(name) > ResourceName.MaxLength)
        {
            errors[NameParameter] = [$"The name filter must be at most {ResourceName.MaxLength} characters."];
        }
        else if (name is not null && name.Any(char.IsControl))
        {
            errors[NameParameter] = ["The name filter must not contain control characters; no name does."];
        }
    }

    private static (ResourceSortField? Field, bool Descending) ParseSort(string? sort)
    {
        if (string.IsNullOrEmpty(sort))
        {
            return (ResourceSortField.Id, false);
        }

        var descending = sort.StartsWith('-');
        var name = descending ? sort[1..] : sort;
        return SortFields.TryGetValue(name, out var field) ? (field, descending) : (null, false);
    }
}
