using ResourceService.Domain.Common;

namespace ResourceService.Domain.Notes;

/// <summary>The rules of a note's title, written once for validation, storage and the API schema.</summary>
public static class NoteTitle
{
    /// <summary>The longest title, in Unicode code points: the unit the OpenAPI <c>maxLength</c> counts (ADR 0029).</summary>
    public const int MaxLength = 200;

    /// <summary>The most UTF-16 units a title of <see cref="MaxLength"/> code points can take: what an <c>nvarchar</c> must hold.</summary>
    public const int MaxUtf16Length = 2 * MaxLength;

    public const string Field = "title";

    public static Result<string> Normalize(string? title)
    {
        var trimmed = title?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return Error.Validation(Field, "The title is required.");
        }

        if (trimmed.EnumerateRunes().Count() > MaxLength)
        {
            return Error.Validation(Field, $"The title must be at most {MaxLength} characters.");
        }

        if (trimmed.Any(char.IsControl))
        {
            return Error.Validation(Field, "The title must not contain control characters.");
        }

        return trimmed;
    }
}
