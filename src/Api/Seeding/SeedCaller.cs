using ResourceService.Application.Common;

namespace ResourceService.Api.Seeding;

/// <summary>The caller of a seed run: no subject, the tenant named on the command line.</summary>
internal sealed class SeedCaller(string tenantId) : ICurrentUser
{
    public string? Subject => null;

    public string TenantId { get; } = tenantId;
}
