namespace ResourceService.Application.Audit.ListAuditEntries;

/// <summary>A list request as the caller sent it; <see cref="ListAuditEntriesRules"/> turns it into criteria.</summary>
public sealed record ListAuditEntriesQuery(
    string? EntityType = null, int? EntityId = null, int? Page = null, int? PageSize = null, string? Cursor = null);
