using ResourceService.Domain.Common;

namespace ResourceService.Application.Resources;

internal static class ResourceErrors
{
    public static Error NotFound(int id) => Error.NotFound("resource_not_found", $"Resource {id} does not exist.");

    public static Error VersionMismatch(int id, int expected, int actual) =>
        Error.PreconditionFailed(
            "resource_version_mismatch",
            $"Resource {id} is at version {actual}, not the expected version {expected}.");
}
