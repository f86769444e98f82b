using ResourceService.Domain.Notes;

namespace ResourceService.Application.Notes;

/// <summary>A note as callers see it. Times are UTC.</summary>
public sealed record NoteResponse(int Id, string Title, DateTime CreatedAt, DateTime? UpdatedAt, int Version)
{
    public static NoteResponse From(Note note) => new(note.Id, note.Title, note.CreatedAt, note.UpdatedAt, note.Version);
}
