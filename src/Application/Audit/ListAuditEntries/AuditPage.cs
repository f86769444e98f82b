namespace ResourceService.Application.Audit.ListAuditEntries;

/// <summary>What the read side answers for a list: the entries, whether more follow, and how many match.</summary>
/// <param name="TotalCountExact">False when <paramref name="TotalCount"/> is a lower bound (very many entries match).</param>
public sealed record AuditPage(IReadOnlyList<AuditEntryResponse> Items, bool HasMore, int TotalCount, bool TotalCountExact);
