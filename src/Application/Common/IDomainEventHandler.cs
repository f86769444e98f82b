using System.Diagnostics.CodeAnalysis;
using ResourceService.Domain.Common;

namespace ResourceService.Application.Common;

/// <summary>
/// Handles a domain event inside the unit of work's transaction, after the change is saved and before the commit:
/// what it writes commits or rolls back with the change.
/// </summary>
[SuppressMessage("Naming", "CA1711", Justification = "The name of contract B of issue 8; it handles domain events, not .NET events.")]
public interface IDomainEventHandler<in TEvent>
    where TEvent : IDomainEvent
{
    Task HandleAsync(TEvent domainEvent, CancellationToken cancellationToken);
}
