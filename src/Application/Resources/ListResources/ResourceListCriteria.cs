namespace ResourceService.Application.Resources.ListResources;

public enum ResourceSortField
{
    Id,
    Name,
    CreatedAt,
}

/// <summary>A validated list request. <see cref="NameKey"/> is already in the search form of names.</summary>
public sealed record ResourceListCriteria(int Page, int PageSize, string? NameKey, ResourceSortField SortBy, bool Descending)
{
    public int Skip => (Page - 1) * PageSize;
}
