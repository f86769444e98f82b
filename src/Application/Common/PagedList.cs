namespace ResourceService.Application.Common;

/// <summary>
/// One page of a list. <see cref="Page"/> is null when the page continues a cursor rather than counting pages;
/// <see cref="TotalCountExact"/> is false when <see cref="TotalCount"/> only says "at least this many".
/// </summary>
/// <param name="NextCursor">Continues the list after this page, with the same filter and sort; null on the last page.</param>
public sealed record PagedList<T>(
    IReadOnlyList<T> Items, int? Page, int PageSize, int TotalCount, bool TotalCountExact = true, string? NextCursor = null)
{
    public int? TotalPages => Page is null ? null : (TotalCount + PageSize - 1) / PageSize;
}
