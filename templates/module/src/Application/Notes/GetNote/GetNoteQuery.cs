namespace ResourceService.Application.Notes.GetNote;

public sealed record GetNoteQuery(int Id);
