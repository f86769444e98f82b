using ResourceService.Domain.Common;

namespace ResourceService.Domain.Notes;

public sealed class Note
{
    private Note(string title, DateTime createdAt)
    {
        Title = title;
        CreatedAt = createdAt;
        Version = 1;
    }

    public int Id { get; private set; }

    public string Title { get; private set; }

    /// <summary>When the note was created, in UTC.</summary>
    public DateTime CreatedAt { get; private set; }

    /// <summary>When the note was last changed, in UTC; null until then.</summary>
    public DateTime? UpdatedAt { get; private set; }

    /// <summary>Incremented by every change; two writers of the same version cannot both succeed.</summary>
    public int Version { get; private set; }

    public static Result<Note> Create(string? title, DateTime utcNow)
    {
        var createdAt = RequireUtc(utcNow);
        return NoteTitle.Normalize(title).Map(valid => new Note(valid, createdAt));
    }

    public Result<Note> Retitle(string? title, DateTime utcNow)
    {
        var updatedAt = RequireUtc(utcNow);
        var normalized = NoteTitle.Normalize(title);
        if (!normalized.IsSuccess)
        {
            return normalized.Error!;
        }

        Title = normalized.Value;
        UpdatedAt = updatedAt;
        Version++;
        return this;
    }

    private static DateTime RequireUtc(DateTime value) =>
        value.Kind == DateTimeKind.Utc ? value : throw new ArgumentException("Times are kept in UTC.", nameof(value));
}
