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

public sealed record PageMeta(int Page, int PageSize, int TotalCount, int TotalPages);
