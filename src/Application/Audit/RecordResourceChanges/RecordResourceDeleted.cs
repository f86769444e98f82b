using ResourceService.Application.Common;
using ResourceService.Domain.Audit;
using ResourceService.Domain.Resources;

namespace ResourceService.Application.Audit.RecordResourceChanges;

/// <summary>A deleted resource's entry, with the last name it had.</summary>
internal sealed class RecordResourceDeleted(IAuditTrail trail, ICurrentUser user, TimeProvider clock) : IDomainEventHandler<ResourceDeleted>
{
    public Task HandleAsync(ResourceDeleted domainEvent, CancellationToken cancellationToken)
    {
        var resource = domainEvent.Resource;
        var entry = AuditEntry.Deleted(AuditedTypes.Resource, resource.Id, resource.Name, user.Subject, clock.UtcNow());
        return trail.AppendAsync(entry, cancellationToken);
    }
}
