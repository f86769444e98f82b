using ResourceService.Domain.Resources;

namespace ResourceService.Application.Resources;

/// <summary>Loads and stores resources for change; changes are committed by <see cref="Common.IUnitOfWork"/>.</summary>
public interface IResourceRepository
{
    Task<Resource?> FindAsync(int id, CancellationToken cancellationToken);

    void Add(Resource resource);

    void Remove(Resource resource);
}
