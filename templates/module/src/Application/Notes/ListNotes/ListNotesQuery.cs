namespace ResourceService.Application.Notes.ListNotes;

/// <summary>A list request as the caller sent it; <see cref="ListNotesRules"/> turns it into criteria.</summary>
public sealed record ListNotesQuery(int? Page = null, int? PageSize = null, string? Cursor = null);
