using System.Diagnostics.CodeAnalysis;
using ResourceService.Domain.Common;

namespace ResourceService.Application.Common;

/// <summary>
/// Reacts to a domain event inside the unit of work's transaction, after the change is saved (ids are assigned)
/// and before the commit: what it writes commits or rolls back with the change. Found by scanning.
/// </summary>
[SuppressMessage("Naming", "CA1711", Justification = "It handles domain events; the name is the modules' agreed contract, not a .NET event handler delegate.")]
public interface IDomainEventHandler<in TEvent>
    where TEvent : IDomainEvent
{
    Task HandleAsync(TEvent domainEvent, CancellationToken cancellationToken);
}
