using ResourceService.Domain.Common;

namespace ResourceService.Domain.Resources;

/// <summary>The rules of a resource's name, written once for validation, storage and the API schema.</summary>
public static class ResourceName
{
    public const int MaxLength = 255;

    public const string Field = "name";

    public static Result<string> Normalize(string? name)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return Error.Validation(Field, "The name is required.");
        }

        if (trimmed.Length > MaxLength)
        {
            return Error.Validation(Field, $"The name must be at most {MaxLength} characters.");
        }

        if (trimmed.Any(char.IsControl))
        {
            return Error.Validation(Field, "The name must not contain control characters.");
        }

        return trimmed;
    }

    /// <summary>The form names are searched and sorted by, so that every database engine compares them alike.</summary>
    public static string SearchKey(string name) => name.ToLowerInvariant();
}
