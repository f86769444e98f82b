using ResourceService.Application.Common;

namespace ResourceService.Api.Security;

/// <summary>The <c>Tenancy</c> settings: which token claim names the caller's tenant.</summary>
public sealed class TenancyOptions
{
    public const string Section = "Tenancy";

    public string ClaimType { get; set; } = "tenant";

    /// <summary>A token's tenant claims are valid when none, or all of them name one valid tenant.</summary>
    public static bool IsValid(IEnumerable<string> tenantClaims) => Resolve(tenantClaims) is not null;

    /// <summary>
    /// The caller's one tenant from a token's tenant claims, in its canonical spelling: <see cref="Tenants.Default"/>
    /// when they name none, null when they are not valid. The scope policies refuse a token whose claims resolve to
    /// null; everything after them reads the tenant this resolved to (<see cref="HttpCurrentUser.TenantId"/>).
    /// </summary>
    public static string? Resolve(IEnumerable<string> tenantClaims)
    {
        // A token naming several different tenants says nothing clear about whose data it may see: refused.
        var tenants = tenantClaims.Select(tenant => IsValid(tenant) ? Canonical(tenant) : null).Distinct().ToList();
        return tenants switch
        {
            [] => Tenants.Default,
            [{ } tenant] => tenant,
            _ => null,
        };
    }

    /// <summary>
    /// A tenant id is 1 to 100 letters, digits, '.', '_' or '-', compared without regard to case: a token naming
    /// anything else is refused. Without spaces or case to differ on, every engine's collation (SQL Server's default
    /// one ignores case and trailing spaces) tells tenants apart exactly as the others do.
    /// </summary>
    public static bool IsValid(string? tenant) =>
        tenant is null || (tenant.Length is > 0 and <= Tenants.MaxLength && tenant.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'));

    /// <summary>The one spelling of a tenant id that is stored and compared.</summary>
    public static string Canonical(string tenant) => tenant.ToLowerInvariant();
}
