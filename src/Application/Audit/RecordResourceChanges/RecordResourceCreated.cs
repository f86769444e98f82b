using ResourceService.Application.Common;
using ResourceService.Domain.Audit;
using ResourceService.Domain.Resources;

namespace ResourceService.Application.Audit.RecordResourceChanges;

/// <summary>A created resource's entry: it runs after the save, so the resource has its id.</summary>
internal sealed class RecordResourceCreated(IAuditTrail trail, ICurrentUser user) : IDomainEventHandler<ResourceCreated>
{
    public Task HandleAsync(ResourceCreated domainEvent, CancellationToken cancellationToken)
    {
        var resource = domainEvent.Resource;
        var entry = AuditEntry.Created(AuditedTypes.Resource, resource.Id, resource.Name, user.Subject, resource.CreatedAt);
        return trail.AppendAsync(entry, cancellationToken);
    }
}
