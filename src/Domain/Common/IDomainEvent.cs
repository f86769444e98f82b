namespace ResourceService.Domain.Common;

/// <summary>
/// Something that happened to an entity, raised by its behaviour. A module's events are its published contract:
/// other modules may handle them, and they commit with the change that raised them.
/// </summary>
public interface IDomainEvent;
