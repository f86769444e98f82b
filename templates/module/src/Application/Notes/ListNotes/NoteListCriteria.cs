namespace ResourceService.Application.Notes.ListNotes;

/// <summary>A validated list request: from a page number (<see cref="Page"/>) or after an id (<see cref="AfterId"/>), never both.</summary>
public sealed record NoteListCriteria(int? Page, int PageSize, int? AfterId = null)
{
    public int Skip => Page is { } page ? (page - 1) * PageSize : 0;
}
