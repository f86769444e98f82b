using ResourceService.Domain.Common;

namespace ResourceService.Application.Audit.ListAuditEntries;

/// <summary>The audit list's parameters and their rules: the resource list's paging, one fixed order (newest first).</summary>
public static class ListAuditEntriesRules
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>Pages by number reach this far (page × pageSize); beyond, the list continues by cursor.</summary>
    public const int MaxOffsetRows = 10_000;

    /// <summary>A list counts its entries up to this many; beyond, the count says "at least".</summary>
    public const int MaxExactCount = 1_000;

    public const string EntityTypeParameter = "entityType";
    public const string EntityIdParameter = "entityId";
    public const string PageParameter = "page";
    public const string PageSizeParameter = "pageSize";
    public const string CursorParameter = "cursor";

    /// <param name="tenant">The caller's tenant, which a cursor must have been issued for.</param>
    public static Result<AuditListCriteria> Validate(ListAuditEntriesQuery query, string tenant)
    {
        var errors = new Dictionary<string, string[]>();
        var pageSize = query.PageSize ?? DefaultPageSize;
        if (pageSize is < 1 or > MaxPageSize)
        {
            errors[PageSizeParameter] = [$"The page size must be between 1 and {MaxPageSize}."];
        }

        ValidatePage(query, pageSize, errors);
        ValidateEntity(query, errors);
        if (errors.Count > 0)
        {
            return Error.Validation(errors);
        }

        var criteria = new AuditListCriteria(query.EntityType, query.EntityId, query.Cursor is null ? query.Page ?? 1 : null, pageSize);
        if (query.Cursor is not { } cursor)
        {
            return criteria;
        }

        return AuditCursor.Decode(cursor, criteria, tenant) is { } afterId
            ? criteria with { AfterId = afterId }
            : Error.Validation(CursorParameter,
                "The cursor is not one this list issued: pass meta.nextCursor unchanged, with the same entityType and entityId.");
    }

    private static void ValidatePage(ListAuditEntriesQuery query, int pageSize, Dictionary<string, string[]> errors)
    {
        if (query.Page is not { } page)
        {
            return;
        }

        if (query.Cursor is not null)
        {
            errors[PageParameter] = ["Send either page or cursor, not both."];
        }
        else if (page < 1)
        {
            errors[PageParameter] = ["The page must be 1 or more."];
        }
        else if (pageSize is >= 1 and <= MaxPageSize && (long)page * pageSize > MaxOffsetRows)
        {
            errors[PageParameter] = [$"Pages reach the first {MaxOffsetRows} entries; continue beyond with the cursor in meta.nextCursor."];
        }
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
