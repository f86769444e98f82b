using Microsoft.EntityFrameworkCore;
using ResourceService.Application.Notes;
using ResourceService.Domain.Common;
using ResourceService.Domain.Notes;
using ResourceService.Infrastructure.Persistence;

namespace ResourceService.Infrastructure.Notes;

/// <summary>
/// Tracks notes in the module's context and commits them. The scope's context (<paramref name="scope"/>) says whether a
/// transaction is open: inside one, the save joins it and it already holds SQLite's write turn; outside, the save
/// takes that turn (ADR 0022).
/// </summary>
internal sealed class NoteRepository(NotesDbContext db, AppDbContext scope, WriteGate gate) : INoteRepository
{
    public Task<Note?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Set<Note>().SingleOrDefaultAsync(note => note.Id == id, cancellationToken);

    public void Add(Note note) => db.Add(note);

    public void Remove(Note note) => db.Remove(note);

    public async Task<Result<Success>> SaveChangesAsync(CancellationToken cancellationToken)
    {
        try
        {
            using (await gate.EnterAsync(scope.Database, cancellationToken))
            {
                await db.SaveChangesAsync(cancellationToken);
            }

            return default(Success);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Error.Conflict("concurrency_conflict", "Another request changed this note first; read it again and retry.");
        }
        catch
        {
            // A retried attempt (the execution strategy, an idempotent create) starts clean, never saving this one's rows.
            db.ChangeTracker.Clear();
            throw;
        }
    }
}
