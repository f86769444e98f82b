using Microsoft.Extensions.Options;
using ResourceService.Application.Common;

namespace ResourceService.Api.Security;

internal sealed class HttpCurrentUser(IHttpContextAccessor accessor, IOptions<TenancyOptions> tenancy) : ICurrentUser
{
    /// <summary>The claim naming the caller, kept as issued (inbound claim mapping is off).</summary>
    public const string SubjectClaim = "sub";

    private string? _tenantId;

    public string? Subject => accessor.HttpContext?.User.FindFirst(SubjectClaim)?.Value;

    /// <summary>
    /// Resolved once per request by the same rule the scope policies validate with, and read from here by the query
    /// filter, the stamping of new rows and the idempotency scope. A token the policies would refuse has no tenant:
    /// reading it is a bug, never a fall-back to another tenant's data.
    /// </summary>
    public string TenantId => _tenantId ??= Resolve();

    private string Resolve()
    {
        var claims = accessor.HttpContext?.User.FindAll(tenancy.Value.ClaimType).Select(claim => claim.Value) ?? [];
        return TenancyOptions.Resolve(claims)
            ?? throw new InvalidOperationException("The caller's token names no single valid tenant; no scope policy admits it.");
    }
}
