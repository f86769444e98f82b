using Microsoft.Extensions.Options;
using ResourceService.Application.Common;

namespace ResourceService.Api.Security;

internal sealed class HttpCurrentUser(IHttpContextAccessor accessor, IOptions<TenancyOptions> tenancy) : ICurrentUser
{
    /// <summary>The claim naming the caller, kept as issued (inbound claim mapping is off).</summary>
    public const string SubjectClaim = "sub";

    public string? Subject => accessor.HttpContext?.User.FindFirst(SubjectClaim)?.Value;

    private string? _tenantId;

    /// <summary>Read and normalised once per request; the scope policies have refused a token with an invalid one.</summary>
    public string TenantId => _tenantId ??=
        accessor.HttpContext?.User.FindFirst(tenancy.Value.ClaimType)?.Value is { } tenant
            ? TenancyOptions.Canonical(tenant)
            : Tenants.Default;
}
