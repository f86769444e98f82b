namespace ResourceService.Application.Common;

/// <summary>The authenticated caller of the current operation.</summary>
public interface ICurrentUser
{
    /// <summary>The token's subject, or null for an anonymous caller.</summary>
    string? Subject { get; }

    /// <summary>The tenant whose data the caller may see and change; every caller belongs to exactly one.</summary>
    string TenantId { get; }
}
