using ResourceService.Application.Common.Paging;
using ResourceService.Domain.Common;

namespace ResourceService.Application.Audit.ListAuditEntries;

/// <summary>The audit list's own parameters and their rules; it pages by the shared <see cref="PagingRules"/>, newest first.</summary>
public static class ListAuditEntriesRules
{
    /// <summary>A list counts its entries up to this many; beyond, the count says "at least".</summary>
    public const int MaxExactCount = 1_000;

    public const string EntityTypeParameter = "entityType";
    public const string EntityIdParameter = "entityId";

    /// <param name="tenant">The caller's tenant, which a cursor must have been issued for.</param>
    public static Result<AuditListCriteria> Validate(ListAuditEntriesQuery query, string tenant)
    {
        var errors = new Dictionary<string, string[]>();
        var hasCursor = query.Cursor is not null;
        var pageSize = PagingRules.Validate(query.Page, query.PageSize, hasCursor, "audit entries", errors);
        ValidateEntity(query, errors);
        if (errors.Count > 0)
        {
            return Error.Validation(errors);
        }

        var criteria = new AuditListCriteria(query.EntityType, query.EntityId, PagingRules.PageOf(query.Page, hasCursor), pageSize);
        if (query.Cursor is not { } cursor)
        {
            return criteria;
        }

        return AuditCursor.Decode(cursor, criteria, tenant) is { } afterId
            ? criteria with { AfterId = afterId }
            : Error.Validation(PagingRules.CursorParameter,
                "The cursor is not one this list issued: pass meta.nextCursor unchanged, with the same entityType and entityId.");
    }

    private static void ValidateEntity(ListAuditEntriesQuery query, Dictionary<string, string[]> errors)
    {
        if (query.EntityType is { } type && !AuditedTypes.All.Contains(type, StringComparer.Ordinal))
        {
            errors[EntityTypeParameter] = [$"The entity type must be one of {string.Join(", ", AuditedTypes.All)}."];
        }

        if (query.EntityId is { } id && id < 1)
        {
            errors[EntityIdParameter] = ["The entity id must be 1 or more."];
        }
        else if (query.EntityId is not null && query.EntityType is null)
        {
            errors[EntityIdParameter] = [$"An entity id needs the {EntityTypeParameter} it belongs to."];
        }
    }
}
