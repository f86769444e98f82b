using System.Security.Claims;

namespace ResourceService.Api.Security;

/// <summary>The OAuth scopes of the API; each is also the name of the authorization policy that demands it.</summary>
internal static class Scopes
{
    public const string ResourceRead = "resource:read";
    public const string ResourceWrite = "resource:write";

    private static readonly string[] ScopeClaimTypes = ["scope", "scp"];

    /// <summary>Scopes arrive as one space-separated claim or as repeated claims; both count.</summary>
    public static bool Grants(ClaimsPrincipal user, string scope) =>
        user.Claims
            .Where(claim => ScopeClaimTypes.Contains(claim.Type))
            .SelectMany(claim => claim.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Contains(scope, StringComparer.Ordinal);
}
