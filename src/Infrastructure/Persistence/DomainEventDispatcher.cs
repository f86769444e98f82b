using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using ResourceService.Application.Common;
using ResourceService.Domain.Common;

namespace ResourceService.Infrastructure.Persistence;

/// <summary>Hands a domain event to every <see cref="IDomainEventHandler{TEvent}"/> of its type, in registration order.</summary>
internal sealed class DomainEventDispatcher(IServiceProvider services)
{
    private static readonly ConcurrentDictionary<Type, IDispatch> Dispatches = new();

    public Task DispatchAsync(IDomainEvent domainEvent, CancellationToken cancellationToken) =>
        Dispatches.GetOrAdd(domainEvent.GetType(), ForType).DispatchAsync(services, domainEvent, cancellationToken);

    // The handlers' interface is generic in the event; one closed dispatch per event type calls them without reflection.
    private static IDispatch ForType(Type eventType) =>
        (IDispatch)Activator.CreateInstance(typeof(Dispatch<>).MakeGenericType(eventType))!;

    private interface IDispatch
    {
        Task DispatchAsync(IServiceProvider services, IDomainEvent domainEvent, CancellationToken cancellationToken);
    }

    private sealed class Dispatch<TEvent> : IDispatch
        where TEvent : IDomainEvent
    {
        public async Task DispatchAsync(IServiceProvider services, IDomainEvent domainEvent, CancellationToken cancellationToken)
        {
            foreach (var handler in services.GetServices<IDomainEventHandler<TEvent>>())
            {
                await handler.HandleAsync((TEvent)domainEvent, cancellationToken);
            }
        }
    }
}
