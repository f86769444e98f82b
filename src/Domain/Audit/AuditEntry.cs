using ResourceService.Domain.Common;

namespace ResourceService.Domain.Audit;

/// <summary>
/// One change of an entity, as it was committed: written once, in the transaction of the change, and never changed
/// or deleted afterwards. An entry belongs to the tenant of the change (a shadow column, as the entity's own).
/// </summary>
public sealed class AuditEntry
{
    /// <summary>The longest entity type name, such as <c>resource</c>.</summary>
    public const int MaxEntityTypeLength = 50;

    /// <summary>The longest subject: OpenID Connect allows 255 ASCII characters.</summary>
    public const int MaxSubjectLength = Subjects.MaxLength;

    /// <summary>The longest name an entry keeps, in UTF-16 units: room for any audited entity's name.</summary>
    public const int MaxNameLength = 1_024;

    private AuditEntry(string entityType, int entityId, AuditAction action, string? subject, DateTime occurredAt, string? nameBefore, string? nameAfter)
    {
        EntityType = entityType;
        EntityId = entityId;
        Action = action;
        Subject = subject;
        OccurredAt = occurredAt;
        NameBefore = nameBefore;
        NameAfter = nameAfter;
    }

    /// <summary>Grows with every entry of the table, so that it orders entries as they were written.</summary>
    public long Id { get; private set; }

    public string EntityType { get; private set; }

    public int EntityId { get; private set; }

    public AuditAction Action { get; private set; }

    /// <summary>The token subject of the caller who made the change; null for a caller without one.</summary>
    public string? Subject { get; private set; }

    /// <summary>When the change was made, in UTC.</summary>
    public DateTime OccurredAt { get; private set; }

    /// <summary>The entity's name before the change; null for a creation.</summary>
    public string? NameBefore { get; private set; }

    /// <summary>The entity's name after the change; null for a deletion.</summary>
    public string? NameAfter { get; private set; }

    public static AuditEntry Created(string entityType, int entityId, string name, string? subject, DateTime occurredAt) =>
        new(RequireType(entityType), entityId, AuditAction.Created, RequireSubject(subject), RequireUtc(occurredAt), null, RequireName(name, nameof(name)));

    public static AuditEntry Updated(string entityType, int entityId, string nameBefore, string nameAfter, string? subject, DateTime occurredAt) =>
        new(RequireType(entityType), entityId, AuditAction.Updated, RequireSubject(subject), RequireUtc(occurredAt),
            RequireName(nameBefore, nameof(nameBefore)), RequireName(nameAfter, nameof(nameAfter)));

    public static AuditEntry Deleted(string entityType, int entityId, string name, string? subject, DateTime occurredAt) =>
        new(RequireType(entityType), entityId, AuditAction.Deleted, RequireSubject(subject), RequireUtc(occurredAt), RequireName(name, nameof(name)), null);

    // An entry is written by the service from a committed change, never from a caller's input: a bad argument is a bug.
    private static string RequireType(string entityType) =>
        string.IsNullOrWhiteSpace(entityType) || entityType.Length > MaxEntityTypeLength
            ? throw new ArgumentException($"An entity type is 1-{MaxEntityTypeLength} characters.", nameof(entityType))
            : entityType;

    private static string RequireName(string name, string parameter) =>
        (name ?? throw new ArgumentNullException(parameter)).Length <= MaxNameLength
            ? name
            : throw new ArgumentException($"An audited name is at most {MaxNameLength} UTF-16 units.", parameter);

    private static string? RequireSubject(string? subject) =>
        subject is null || subject.Length <= MaxSubjectLength
            ? subject
            : throw new ArgumentException($"A subject is at most {MaxSubjectLength} characters.", nameof(subject));

    private static DateTime RequireUtc(DateTime value) =>
        value.Kind == DateTimeKind.Utc ? value : throw new ArgumentException("Audit times are kept in UTC.", nameof(value));
}
