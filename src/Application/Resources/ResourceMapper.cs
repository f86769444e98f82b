using ResourceService.Domain.Resources;
using Riok.Mapperly.Abstractions;

namespace ResourceService.Application.Resources;

[Mapper]
public static partial class ResourceMapper
{
    [MapperIgnoreSource(nameof(Resource.NameKey))]
    [MapperIgnoreSource(nameof(Resource.DomainEvents))]
    public static partial ResourceResponse ToResponse(this Resource resource);

    /// <summary>Projects in the database query itself, so reads load only the response's columns.</summary>
    public static partial IQueryable<ResourceResponse> ProjectToResponse(this IQueryable<Resource> query);
}
