using ResourceService.Application.Common;
using ResourceService.Domain.Common;

namespace ResourceService.Application.Notes.ListNotes;

internal sealed class ListNotes(INoteQueries queries, ICurrentUser user) : IUseCase<ListNotesQuery, PagedList<NoteResponse>>
{
    public async Task<Result<PagedList<NoteResponse>>> ExecuteAsync(ListNotesQuery query, CancellationToken cancellationToken)
    {
        var validated = ListNotesRules.Validate(query, user.TenantId);
        if (!validated.IsSuccess)
        {
            return validated.Error!;
        }

        var criteria = validated.Value;
        var page = await queries.ListAsync(criteria, cancellationToken);
        var nextCursor = page.HasMore ? ListNotesRules.CursorAfter(page.Items[^1].Id, user.TenantId) : null;
        return new PagedList<NoteResponse>(page.Items, criteria.Page, criteria.PageSize, page.TotalCount, page.TotalCountExact, nextCursor);
    }
}
