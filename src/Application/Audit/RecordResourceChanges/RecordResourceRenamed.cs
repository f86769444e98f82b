using ResourceService.Application.Common;
using ResourceService.Domain.Audit;
using ResourceService.Domain.Resources;

namespace ResourceService.Application.Audit.RecordResourceChanges;

/// <summary>A renamed resource's entry, timed as the resource records its own update.</summary>
internal sealed class RecordResourceRenamed(IAuditTrail trail, ICurrentUser user, TimeProvider clock) : IDomainEventHandler<ResourceRenamed>
{
    public Task HandleAsync(ResourceRenamed domainEvent, CancellationToken cancellationToken)
    {
        var resource = domainEvent.Resource;
        var entry = AuditEntry.Updated(
            AuditedTypes.Resource, resource.Id, domainEvent.PreviousName, resource.Name, user.Subject, resource.UpdatedAt ?? clock.UtcNow());
        return trail.AppendAsync(entry, cancellationToken);
    }
}
