using ResourceService.Api.Security;

namespace ResourceService.Api.Audit;

/// <summary>The Audit module's scope; it is also the name of the policy its endpoint requires.</summary>
internal static class AuditScopes
{
    [Scope("GET")]
    public const string Read = "audit:read";
}
