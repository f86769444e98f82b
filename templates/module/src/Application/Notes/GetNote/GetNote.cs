using ResourceService.Application.Common;
using ResourceService.Domain.Common;

namespace ResourceService.Application.Notes.GetNote;

internal sealed class GetNote(INoteQueries queries) : IUseCase<GetNoteQuery, NoteResponse>
{
    public async Task<Result<NoteResponse>> ExecuteAsync(GetNoteQuery request, CancellationToken cancellationToken) =>
        await queries.FindAsync(request.Id, cancellationToken) is { } found ? found : NoteErrors.NotFound(request.Id);
}
