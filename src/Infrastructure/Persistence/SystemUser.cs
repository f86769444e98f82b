using ResourceService.Application.Common;

namespace ResourceService.Infrastructure.Persistence;

/// <summary>The caller of work no request started: design-time tooling, migrations.</summary>
internal sealed class SystemUser : ICurrentUser
{
    public static readonly SystemUser Instance = new();

    public string? Subject => null;

    public string TenantId => Tenants.Default;
}
