using Microsoft.EntityFrameworkCore;
using ResourceService.Application.Resources;
using ResourceService.Domain.Resources;
using ResourceService.Infrastructure.Persistence;

namespace ResourceService.Infrastructure.Resources;

internal sealed class ResourceRepository(AppDbContext db) : IResourceRepository
{
    public Task<Resource?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Set<Resource>().FirstOrDefaultAsync(resource => resource.Id == id, cancellationToken);

    public void Add(Resource resource) => db.Set<Resource>().Add(resource);

    public void Remove(Resource resource) => db.Set<Resource>().Remove(resource);
}
