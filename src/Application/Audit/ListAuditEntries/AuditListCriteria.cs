namespace ResourceService.Application.Audit.ListAuditEntries;

/// <summary>A validated list: by page number (<see cref="Page"/>) or after a cursor's entry (<see cref="AfterId"/>), newest first.</summary>
public sealed record AuditListCriteria(string? EntityType, int? EntityId, int? Page, int PageSize, long? AfterId = null);
