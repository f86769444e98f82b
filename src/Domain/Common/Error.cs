namespace ResourceService.Domain.Common;

/// <summary>An expected failure, carried as a value. <see cref="Fields"/> maps a field name to its messages.</summary>
public sealed record Error(ErrorKind Kind, string Code, string Message, IReadOnlyDictionary<string, string[]>? Fields = null)
{
    public static Error Validation(string field, string message) =>
        Validation(new Dictionary<string, string[]> { [field] = [message] });

    public static Error Validation(IReadOnlyDictionary<string, string[]> fields) =>
        new(ErrorKind.Validation, "validation_failed", "One or more fields are invalid.", fields);

    public static Error NotFound(string code, string message) => new(ErrorKind.NotFound, code, message);

    public static Error Conflict(string code, string message) => new(ErrorKind.Conflict, code, message);

    public static Error PreconditionFailed(string code, string message) =>
        new(ErrorKind.PreconditionFailed, code, message);

    public static Error Unprocessable(string code, string message) => new(ErrorKind.Unprocessable, code, message);
}
