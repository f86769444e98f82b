namespace ResourceService.Application.Notes.ListNotes;

/// <summary>What the read side answers for a list: the rows, whether more follow, and how many there are.</summary>
/// <param name="TotalCountExact">False when <paramref name="TotalCount"/> is a lower bound (very many rows).</param>
public sealed record NotePage(IReadOnlyList<NoteResponse> Items, bool HasMore, int TotalCount, bool TotalCountExact);
