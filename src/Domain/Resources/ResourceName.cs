using ResourceService.Domain.Common;

namespace ResourceService.Domain.Resources;

/// <summary>The rules of a resource's name, written once for validation, storage and the API schema.</summary>
public static class ResourceName
{
    /// <summary>
    /// The longest name, in Unicode code points: the unit JSON Schema's <c>maxLength</c> counts, so the OpenAPI document
    /// and this rule agree on every name (an emoji is one, not the two UTF-16 units .NET's <c>Length</c> sees).
    /// </summary>
    public const int MaxLength = 255;

    /// <summary>The most UTF-16 units a name of <see cref="MaxLength"/> code points can take (every one astral): what a
    /// column that counts UTF-16 units, such as SQL Server's <c>nvarchar</c>, must hold.</summary>
    public const int MaxUtf16Length = 2 * MaxLength;

    public const string Field = "name";

    public static Result<string> Normalize(string? name)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return Error.Validation(Field, "The name is required.");
        }

        if (LengthOf(trimmed) > MaxLength)
        {
            return Error.Validation(Field, $"The name must be at most {MaxLength} characters.");
        }

        if (trimmed.Any(char.IsControl))
        {
            return Error.Validation(Field, "The name must not contain control characters.");
        }

        return trimmed;
    }

    /// <summary>A text's length as <see cref="MaxLength"/> counts it: code points (a lone surrogate counts as one).</summary>
    public static int LengthOf(string text)
    {
        var length = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            length++;
        }

        return length;
    }

    /// <summary>The form names are searched and sorted by, so that every database engine compares them alike.</summary>
    public static string SearchKey(string name) => name.ToLowerInvariant();
}
