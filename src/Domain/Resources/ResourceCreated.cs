using ResourceService.Domain.Common;

namespace ResourceService.Domain.Resources;

public sealed record ResourceCreated(Resource Resource) : IDomainEvent;
