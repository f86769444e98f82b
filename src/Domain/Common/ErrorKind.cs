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

    /// <summary>Not an expected failure at all: a bug, answered as a 500 like an unhandled exception.</summary>
    Unexpected,
}
