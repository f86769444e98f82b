using ResourceService.Domain.Common;
using ResourceService.Domain.Resources;

namespace ResourceService.Application.Resources.ListResources;

public static class ListResourcesRules
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public const string SortValues = "id, name, createdAt; prefix '-' for descending";

    /// <summary>The query parameters of a list, as callers name them and as errors are keyed.</summary>
    public const string PageParameter = "page";
    public const string PageSizeParameter = "pageSize";
    public const string NameParameter = "name";
    public const string SortParameter = "sort";

    private static readonly Dictionary<string, ResourceSortField> SortFields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = ResourceSortField.Id,
        ["name"] = ResourceSortField.Name,
        ["createdAt"] = ResourceSortField.CreatedAt,
    };

    public static Result<ResourceListCriteria> Validate(ListResourcesQuery query)
    {
        var errors = new Dictionary<string, string[]>();
        var page = query.Page ?? 1;
        var pageSize = query.PageSize ?? DefaultPageSize;

        if (page < 1)
        {
            errors[PageParameter] = ["The page must be 1 or more."];
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors[PageSizeParameter] = [$"The page size must be between 1 and {MaxPageSize}."];
        }
        else if ((long)(page - 1) * pageSize > int.MaxValue)
        {
            errors[PageParameter] = ["The page is beyond the last page any list can have."];
        }

        if (query.Name is not null && ResourceName.LengthOf(query.Name) > ResourceName.MaxLength)
        {
            errors[NameParameter] = [$"The name filter must be at most {ResourceName.MaxLength} characters."];
        }
        else if (query.Name is not null && query.Name.Any(char.IsControl))
        {
            errors[NameParameter] = ["The name filter must not contain control characters; no name does."];
        }

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
        return new ResourceListCriteria(page, pageSize, nameKey, sortBy!.Value, descending);
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
