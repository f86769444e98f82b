namespace ResourceService.Domain.Common;

/// <summary>An entity that records the domain events its behaviour raises until the unit of work has handled them.</summary>
public abstract class Entity
{
    private readonly List<IDomainEvent> _domainEvents = [];

    /// <summary>The events raised since the last commit, in the order they were raised.</summary>
    public IReadOnlyList<IDomainEvent> DomainEvents => _domainEvents;

    /// <summary>Forgets the raised events; called once they are committed.</summary>
    public void ClearDomainEvents() => _domainEvents.Clear();

    protected void Raise(IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);
}
