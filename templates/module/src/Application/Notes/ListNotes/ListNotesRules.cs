using ResourceService.Application.Common.Paging;
using ResourceService.Domain.Common;

namespace ResourceService.Application.Notes.ListNotes;

/// <summary>The note list pages by the shared rules (page, pageSize, cursor), newest first.</summary>
public static class ListNotesRules
{
    /// <summary>The list counts its rows up to this many; beyond, the count says "at least" (ADR 0021).</summary>
    public const int MaxExactCount = 1_000;

    // The list has no filter or sort of its own: a cursor is bound to this list alone (and to the tenant).
    private const string Binding = "notes/newest-first";

    public static Result<NoteListCriteria> Validate(ListNotesQuery query, string tenant)
    {
        var errors = new Dictionary<string, string[]>();
        var pageSize = PagingRules.Validate(query.Page, query.PageSize, query.Cursor is not null, "notes", errors);
        if (errors.Count > 0)
        {
            return Error.Validation(errors);
        }

        var criteria = new NoteListCriteria(PagingRules.PageOf(query.Page, query.Cursor is not null), pageSize);
        if (query.Cursor is not { } cursor)
        {
            return criteria;
        }

        return ListCursor.Decode(cursor, tenant, Binding) is (var afterId, { Length: 0 })
            ? criteria with { AfterId = afterId }
            : Error.Validation(PagingRules.CursorParameter, "The cursor is not one this list issued: pass meta.nextCursor unchanged.");
    }

    /// <summary>The cursor of the page after the one that ends with <paramref name="lastId"/>.</summary>
    public static string CursorAfter(int lastId, string tenant) => ListCursor.Encode(lastId, [], tenant, Binding);
}
