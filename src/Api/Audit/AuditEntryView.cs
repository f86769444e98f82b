using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using ResourceService.Application.Audit;
using ResourceService.Domain.Audit;

namespace ResourceService.Api.Audit;

/// <summary>
/// An audit entry as the API sends it. The attributes only state its bounds in the OpenAPI document, from the constants
/// that keep them; the Audit module declares them here, next to its endpoint, until modules declare their contract
/// facts for the shared OpenAPI code to read (issue 8, contract D).
/// </summary>
public sealed record AuditEntryView(
    [property: Range(1, long.MaxValue)] long Id,
    [property: MaxLength(AuditEntry.MaxEntityTypeLength)] string EntityType,
    [property: Range(1, int.MaxValue)] int EntityId,
    [property: MaxLength(AuditEntryView.MaxActionLength), Description("created, updated or deleted")] string Action,
    [property: MaxLength(AuditEntry.MaxSubjectLength), Description("The token subject of the caller who made the change.")] string? Subject,
    [property: MaxLength(AuditEntryView.MaxTimestampLength)] DateTime OccurredAt,
    [property: MaxLength(AuditEntry.MaxNameLength), Description("The name before the change; null for a creation.")] string? NameBefore,
    [property: MaxLength(AuditEntry.MaxNameLength), Description("The name after the change; null for a deletion.")] string? NameAfter)
{
    /// <summary>The longest action name (<c>created</c>, <c>updated</c>, <c>deleted</c>).</summary>
    public const int MaxActionLength = 7;

    /// <summary>No ISO 8601 round-trip timestamp is longer (<c>DateTimeOffset.MaxValue</c> in "O" format).</summary>
    public const int MaxTimestampLength = 33;

    public static AuditEntryView From(AuditEntryResponse entry) =>
        new(entry.Id, entry.EntityType, entry.EntityId, entry.Action, entry.Subject, entry.OccurredAt, entry.NameBefore, entry.NameAfter);
}
