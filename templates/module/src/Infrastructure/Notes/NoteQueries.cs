using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using ResourceService.Application.Notes;
using ResourceService.Application.Notes.ListNotes;
using ResourceService.Domain.Notes;

namespace ResourceService.Infrastructure.Notes;

/// <summary>Reads the tenant's notes newest first by id, each page by one index range. Not cached: see docs/modules.md.</summary>
internal sealed class NoteQueries(NotesDbContext db) : INoteQueries
{
    private static readonly Expression<Func<Note, NoteResponse>> ToResponse =
        note => new NoteResponse(note.Id, note.Title, note.CreatedAt, note.UpdatedAt, note.Version);

    public Task<NoteResponse?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Set<Note>().AsNoTracking().Where(note => note.Id == id).Select(ToResponse).SingleOrDefaultAsync(cancellationToken);

    public async Task<NotePage> ListAsync(NoteListCriteria criteria, CancellationToken cancellationToken)
    {
        var all = db.Set<Note>().AsNoTracking();
        var page = all.OrderByDescending(note => note.Id).AsQueryable();
        page = criteria.AfterId is { } after ? page.Where(note => note.Id < after) : page.Skip(criteria.Skip);

        var rows = await page.Take(criteria.PageSize + 1).Select(ToResponse).ToListAsync(cancellationToken);
        var counted = await all.Take(ListNotesRules.MaxExactCount + 1).CountAsync(cancellationToken);
        return new NotePage(
            [.. rows.Take(criteria.PageSize)],
            HasMore: rows.Count > criteria.PageSize,
            TotalCount: Math.Min(counted, ListNotesRules.MaxExactCount),
            TotalCountExact: counted <= ListNotesRules.MaxExactCount);
    }
}
