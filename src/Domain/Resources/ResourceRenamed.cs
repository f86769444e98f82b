using ResourceService.Domain.Common;

namespace ResourceService.Domain.Resources;

public sealed record ResourceRenamed(Resource Resource, string PreviousName) : IDomainEvent;
