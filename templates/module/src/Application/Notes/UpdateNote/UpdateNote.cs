using ResourceService.Application.Common;
using ResourceService.Domain.Common;

namespace ResourceService.Application.Notes.UpdateNote;

internal sealed class UpdateNote(INoteRepository notes, TimeProvider clock) : IUseCase<UpdateNoteCommand, NoteResponse>
{
    public async Task<Result<NoteResponse>> ExecuteAsync(UpdateNoteCommand command, CancellationToken cancellationToken)
    {
        var note = await notes.FindAsync(command.Id, cancellationToken);
        if (note is null)
        {
            return NoteErrors.NotFound(command.Id);
        }

        var retitled = note.Retitle(command.Title, clock.UtcNow());
        if (!retitled.IsSuccess)
        {
            return retitled.Error!;
        }

        var saved = await notes.SaveChangesAsync(cancellationToken);
        return saved.Map(_ => NoteResponse.From(note));
    }
}
