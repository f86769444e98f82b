namespace ResourceService.Domain.Common;

/// <summary>The category of an expected failure; the API maps each kind to one HTTP status.</summary>
public enum ErrorKind
{
    Validation,
    NotFound,
    Conflict,
    PreconditionFailed,
    Unprocessable,
    Unavailable,
}
