using ResourceService.Application.Notes.ListNotes;

namespace ResourceService.Application.Notes;

/// <summary>Reads notes straight into their response shape, without tracking.</summary>
public interface INoteQueries
{
    Task<NoteResponse?> FindAsync(int id, CancellationToken cancellationToken);

    /// <summary>At most <see cref="NoteListCriteria.PageSize"/> rows, newest first, whatever the size of the table.</summary>
    Task<NotePage> ListAsync(NoteListCriteria criteria, CancellationToken cancellationToken);
}
