namespace ResourceService.Domain.Common;

/// <summary>Something that happened in the domain, raised by an entity and handled after its change is saved.</summary>
public interface IDomainEvent;
