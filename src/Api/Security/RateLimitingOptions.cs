namespace ResourceService.Api.Security;

/// <summary>The <c>RateLimiting</c> settings: each client may send <see cref="PermitLimit"/> requests per window.</summary>
public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    public int PermitLimit { get; set; } = 600;

    public int WindowSeconds { get; set; } = 60;
}
