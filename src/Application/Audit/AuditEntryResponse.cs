namespace ResourceService.Application.Audit;

/// <summary>An audit entry as callers see it; <see cref="Action"/> is <c>created</c>, <c>updated</c> or <c>deleted</c>. Times are UTC.</summary>
public sealed record AuditEntryResponse(
    long Id, string EntityType, int EntityId, string Action, string? Subject, DateTime OccurredAt, string? NameBefore, string? NameAfter);
