using System.Security.Claims;

namespace ResourceService.Api.Security;

/// <summary>
/// The OAuth scopes of the API, as the modules declare them (<see cref="ScopeAttribute"/>); each is also the name of
/// the authorization policy that demands it.
/// </summary>
internal static class Scopes
{
    private static readonly string[] ScopeClaimTypes = ["scope", "scp"];

    /// <summary>Every scope a module of this assembly declares, ordered by name.</summary>
    public static IReadOnlyList<DeclaredScope> Declared { get; } = DeclaredScope.In(typeof(Scopes).Assembly);

    /// <summary>Scopes arrive as one space-separated claim or as repeated claims; both count.</summary>
    public static bool Grants(ClaimsPrincipal user, string scope) =>
        user.Claims
            .Where(claim => ScopeClaimTypes.Contains(claim.Type))
            .SelectMany(claim => claim.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Contains(scope, StringComparer.Ordinal);
}
