using ResourceService.Application.Common;

namespace ResourceService.Api.Security;

/// <summary>The <c>Tenancy</c> settings: which token claim names the caller's tenant.</summary>
public sealed class TenancyOptions
{
    public const string Section = "Tenancy";

    public string ClaimType { get; set; } = "tenant";

    /// <summary>A tenant id is 1 to 100 characters; a token naming a longer one is refused.</summary>
    public static bool IsValid(string? tenant) => tenant is null || tenant.Length is > 0 and <= Tenants.MaxLength;
}
