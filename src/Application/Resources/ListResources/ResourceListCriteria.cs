namespace ResourceService.Application.Resources.ListResources;

public enum ResourceSortField
{
    Id,
    Name,
    CreatedAt,
}

/// <summary>Where a cursor left off: the last row of the previous page, by the list's sort key and its id.</summary>
public sealed record ResourcePosition(int Id, string? NameKey = null, DateTime? CreatedAt = null);

/// <summary>
/// A validated list request. <see cref="NameKey"/> is already in the search form of names. A list continues
/// either from a page number (<see cref="Page"/>) or after a position (<see cref="After"/>), never both.
/// </summary>
public sealed record ResourceListCriteria(
    int? Page, int PageSize, string? NameKey, ResourceSortField SortBy, bool Descending, ResourcePosition? After = null)
{
    public int Skip => Page is { } page ? (page - 1) * PageSize : 0;
}
