namespace ResourceService.Application.Common;

/// <summary>The authenticated caller of the current operation.</summary>
public interface ICurrentUser
{
    /// <summary>The token's subject, or null for an anonymous caller.</summary>
    string? Subject { get; }
}
