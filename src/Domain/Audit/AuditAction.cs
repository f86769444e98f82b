namespace ResourceService.Domain.Audit;

/// <summary>What happened to the entity an audit entry records.</summary>
public enum AuditAction
{
    Created = 1,
    Updated = 2,
    Deleted = 3,
}
