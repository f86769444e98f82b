namespace ResourceService.Application.Notes.DeleteNote;

public sealed record DeleteNoteCommand(int Id);
