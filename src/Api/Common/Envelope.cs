using System.Text.Json.Serialization;

namespace ResourceService.Api.Common;

/// <summary>The success envelope of every single-item response: <c>{"success": true, "data": ...}</c>.</summary>
public sealed record Envelope<T>(T Data)
{
    [JsonPropertyOrder(-1)]
    public bool Success => true;
}

/// <summary>The success envelope of every list: the page's items and where the page stands.</summary>
public sealed record PagedEnvelope<T>(IReadOnlyList<T> Data, PageMeta Meta)
{
    [JsonPropertyOrder(-1)]
    public bool Success => true;
}

/// <summary>Where a page stands. <see cref="Page"/> and <see cref="TotalPages"/> are null on a page reached by cursor.</summary>
/// <param name="TotalCountExact">False when a filter matched so many rows that <see cref="TotalCount"/> only says "at least".</param>
/// <param name="NextCursor">Pass as <c>cursor</c> to get the next page with the same filter and sort; null on the last page.</param>
public sealed record PageMeta(int? Page, int PageSize, int TotalCount, int? TotalPages, bool TotalCountExact, string? NextCursor);
