using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using ResourceService.Api.Security;

namespace ResourceService.Api.Audit;

/// <summary>
/// What the Audit module declares about its HTTP contract: its scope and the policy that demands it, and its tag. The
/// policy is built here, on the same rules as the shared scope policies (the scope, and a tenant claim that is valid),
/// until modules declare their scopes for the shared security code to find (issue 8, contract D).
/// </summary>
internal static class AuditContract
{
    public const string ReadScope = "audit:read";

    public const string Tag = "Audit";

    public const string TagDescription = "The record of every change of the tenant's entities, newest first; it cannot be changed or deleted.";

    public static void RequireReadScope(AuthorizationPolicyBuilder policy) =>
        policy.RequireAuthenticatedUser().RequireAssertion(context =>
        {
            var claimType = context.Resource is HttpContext http
                ? http.RequestServices.GetRequiredService<IOptions<TenancyOptions>>().Value.ClaimType
                : new TenancyOptions().ClaimType;
            return Scopes.Grants(context.User, ReadScope) && TenancyOptions.IsValid(context.User.FindAll(claimType).Select(claim => claim.Value));
        });
}
