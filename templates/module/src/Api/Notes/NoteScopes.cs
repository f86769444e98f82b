using ResourceService.Api.Security;

namespace ResourceService.Api.Notes;

/// <summary>The Notes module's scopes; each is also the name of the policy its endpoints require.</summary>
internal static class NoteScopes
{
    [Scope("GET")]
    public const string Read = "notes:read";

    [Scope("POST, PUT, DELETE")]
    public const string Write = "notes:write";
}
