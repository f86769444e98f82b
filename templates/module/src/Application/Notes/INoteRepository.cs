using ResourceService.Domain.Common;
using ResourceService.Domain.Notes;

namespace ResourceService.Application.Notes;

/// <summary>
/// Loads and stores notes for change. The module's tables live in its own context (ADR 0035), which the shared unit of
/// work does not save, so the repository commits them itself: alone, or inside the scope's transaction when one is
/// open (an idempotent create), so that they commit or roll back with it.
/// </summary>
public interface INoteRepository
{
    Task<Note?> FindAsync(int id, CancellationToken cancellationToken);

    void Add(Note note);

    void Remove(Note note);

    /// <returns>A conflict error when another writer changed the same note first.</returns>
    Task<Result<Success>> SaveChangesAsync(CancellationToken cancellationToken);
}
