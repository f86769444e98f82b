using ResourceService.Domain.Common;

namespace ResourceService.Domain.Resources;

// The Resources module's published events. A handler reads the resource when it runs, after the change is
// saved, so the id of a created resource is already assigned.

public sealed record ResourceCreated(Resource Resource) : IDomainEvent;

public sealed record ResourceRenamed(Resource Resource, string PreviousName) : IDomainEvent;

public sealed record ResourceDeleted(Resource Resource) : IDomainEvent;
