namespace ResourceService.Application.Resources.ListResources;

/// <summary>A list request as the caller sent it; <see cref="ListResourcesRules"/> turns it into criteria.</summary>
public sealed record ListResourcesQuery(
    int? Page = null, int? PageSize = null, string? Name = null, string? Sort = null, string? Cursor = null);
