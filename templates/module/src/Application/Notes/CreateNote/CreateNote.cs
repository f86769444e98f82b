using ResourceService.Application.Common;
using ResourceService.Domain.Common;
using ResourceService.Domain.Notes;

namespace ResourceService.Application.Notes.CreateNote;

internal sealed class CreateNote(INoteRepository notes, TimeProvider clock) : IUseCase<CreateNoteCommand, NoteResponse>
{
    public async Task<Result<NoteResponse>> ExecuteAsync(CreateNoteCommand command, CancellationToken cancellationToken)
    {
        var created = Note.Create(command.Title, clock.UtcNow());
        if (!created.IsSuccess)
        {
            return created.Error!;
        }

        notes.Add(created.Value);
        var saved = await notes.SaveChangesAsync(cancellationToken);
        return saved.Map(_ => NoteResponse.From(created.Value));
    }
}
