using ResourceService.Domain.Common;

namespace ResourceService.Application.Notes;

internal static class NoteErrors
{
    public static Error NotFound(int id) => Error.NotFound("note_not_found", $"Note {id} does not exist.");
}
