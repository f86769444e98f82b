using ResourceService.Domain.Audit;

namespace ResourceService.Application.Audit;

/// <summary>Appends entries in the transaction of the change they record; nothing here changes or deletes one.</summary>
public interface IAuditTrail
{
    Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken);
}
