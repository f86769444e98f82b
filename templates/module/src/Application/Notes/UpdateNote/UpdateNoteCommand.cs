namespace ResourceService.Application.Notes.UpdateNote;

public sealed record UpdateNoteCommand(int Id, string? Title);
