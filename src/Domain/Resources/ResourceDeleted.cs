using ResourceService.Domain.Common;

namespace ResourceService.Domain.Resources;

public sealed record ResourceDeleted(Resource Resource) : IDomainEvent;
