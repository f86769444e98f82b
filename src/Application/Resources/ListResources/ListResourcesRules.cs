using ResourceService.Domain.Common;
using ResourceService.Domain.Resources;

namespace ResourceService.Application.Resources.ListResources;

public static class ListResourcesRules
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public const string SortValues = "id, name, createdAt; prefix '-' for descending";

    /// <summary>
    /// Offset paging reads the rows it skips, so it reaches only this far (page × pageSize); beyond, a list
    /// continues by cursor, whose cost does not grow with the position (OWASP API4).
    /// </summary>
    public const int MaxOffsetRows = 10_000;

    /// <summary>A filtered list counts its matches up to this many; beyond, the count says "at least" (ADR 0021).</summary>
    public const int MaxExactFilteredCount = 1_000;

    /// <summary>The query parameters of a list, as callers name them and as errors are keyed.</summary>
    public const string PageParameter = "page";
    public const string PageSizeParameter = "pageSize";
    public const string NameParameter = "name";
    public const string SortParameter = "sort";
    public const string CursorParameter = "cursor";

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
        var pageSize = query.PageSize ?? DefaultPageSize;
        if (pageSize is < 1 or > MaxPageSize)
        {
            errors[PageSizeParameter] = [$"The page size must be between 1 and {MaxPageSize}."];
        }

        ValidatePage(query, pageSize, errors);
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
        var criteria = new ResourceListCriteria(query.Cursor is null ? query.Page ?? 1 : null, pageSize, nameKey, sortBy!.Value, descending);
        if (query.Cursor is not { } cursor)
        {
            return criteria;
        }

        return ListCursor.Decode(cursor, criteria, tenant) is { } after
            ? criteria with { After = after }
            : Error.Validation(CursorParameter,
                "The cursor is not one this list issued: pass meta.nextCursor unchanged, with the same name and sort.");
    }

    private static void ValidatePage(ListResourcesQuery query, int pageSize, Dictionary<string, string[]> errors)
    {
        if (query.Page is not { } page)
        {
            return;
        }

        if (query.Cursor is not null)
        {
            errors[PageParameter] = ["Send either page or cursor, not both."];
        }
        else if (page < 1)
        {
            errors[PageParameter] = ["The page must be 1 or more."];
        }
        else if (pageSize is >= 1 and <= MaxPageSize && (long)page * pageSize > MaxOffsetRows)
        {
            errors[PageParameter] = [$"Pages reach the first {MaxOffsetRows} resources; continue beyond with the cursor in meta.nextCursor."];
        }
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
