using Microsoft.Extensions.Options;
using ResourceService.Application.Common;

namespace ResourceService.Api.Security;

internal sealed class HttpCurrentUser(IHttpContextAccessor accessor, IOptions<TenancyOptions> tenancy) : ICurrentUser
{
    public string? Subject => accessor.HttpContext?.User.FindFirst("sub")?.Value;

    public string TenantId =>
        accessor.HttpContext?.User.FindFirst(tenancy.Value.ClaimType)?.Value is { } tenant
            ? TenancyOptions.Canonical(tenant)
            : Tenants.Default;
}
