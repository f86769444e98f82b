using ResourceService.Domain.Common;

namespace ResourceService.Application.Resources;

internal static class ResourceErrors
{
    public static Error NotFound(int id) => Error.NotFound("resource_not_found", $"Resource {id} does not exist.");

    /// <summary>
    /// Another writer changed the resource between our read and our write. A caller who named the version it
    /// expected (If-Match) learns that its precondition failed; one who did not, that it lost a race.
    /// </summary>
    public static Error LostRace(int id, int? expectedVersion, Error conflict) =>
        expectedVersion is { } expected && conflict.Kind == ErrorKind.Conflict
            ? Error.PreconditionFailed("resource_version_mismatch", $"Resource {id} is no longer at the expected version {expected}.")
            : conflict;

    public static Error VersionMismatch(int id, int expected, int actual) =>
        Error.PreconditionFailed(
            "resource_version_mismatch",
            $"Resource {id} is at version {actual}, not the expected version {expected}.");
}
