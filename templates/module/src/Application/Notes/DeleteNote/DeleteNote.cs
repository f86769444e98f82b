using ResourceService.Application.Common;
using ResourceService.Domain.Common;

namespace ResourceService.Application.Notes.DeleteNote;

internal sealed class DeleteNote(INoteRepository notes) : IUseCase<DeleteNoteCommand, Success>
{
    public async Task<Result<Success>> ExecuteAsync(DeleteNoteCommand command, CancellationToken cancellationToken)
    {
        var note = await notes.FindAsync(command.Id, cancellationToken);
        if (note is null)
        {
            return NoteErrors.NotFound(command.Id);
        }

        notes.Remove(note);
        return await notes.SaveChangesAsync(cancellationToken);
    }
}
