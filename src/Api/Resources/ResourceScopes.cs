using ResourceService.Api.Security;

namespace ResourceService.Api.Resources;

/// <summary>The Resources module's scopes; each is also the name of the policy its endpoints require.</summary>
internal static class ResourceScopes
{
    [Scope("GET")]
    public const string Read = "resource:read";

    [Scope("POST, PUT, DELETE")]
    public const string Write = "resource:write";
}
