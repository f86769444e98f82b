using Microsoft.EntityFrameworkCore;
using ResourceService.Application.Common;
using ResourceService.Application.Resources;
using ResourceService.Application.Resources.ListResources;
using ResourceService.Domain.Resources;
using ResourceService.Infrastructure.Persistence;

namespace ResourceService.Infrastructure.Resources;

internal sealed class ResourceQueries(AppDbContext db) : IResourceQueries
{
    public Task<ResourceResponse?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Set<Resource>().AsNoTracking()
            .Where(resource => resource.Id == id)
            .ProjectToResponse()
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<PagedList<ResourceResponse>> ListAsync(ResourceListCriteria criteria, CancellationToken cancellationToken)
    {
        var matching = db.Set<Resource>().AsNoTracking();
        if (criteria.NameKey is { } nameKey)
        {
            matching = matching.Where(resource => resource.NameKey.Contains(nameKey));
        }

        var totalCount = await matching.CountAsync(cancellationToken);
        var items = totalCount <= criteria.Skip
            ? []
            : await Sort(matching, criteria)
                .Skip(criteria.Skip)
                .Take(criteria.PageSize)
                .ProjectToResponse()
                .ToListAsync(cancellationToken);

        return new PagedList<ResourceResponse>(items, criteria.Page, criteria.PageSize, totalCount);
    }

    // The id breaks ties, so that pages never overlap or skip a row.
    private static IOrderedQueryable<Resource> Sort(IQueryable<Resource> query, ResourceListCriteria criteria) =>
        (criteria.SortBy, criteria.Descending) switch
        {
            (ResourceSortField.Name, false) => query.OrderBy(r => r.NameKey).ThenBy(r => r.Id),
            (ResourceSortField.Name, true) => query.OrderByDescending(r => r.NameKey).ThenByDescending(r => r.Id),
            (ResourceSortField.CreatedAt, false) => query.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id),
            (ResourceSortField.CreatedAt, true) => query.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id),
            (_, false) => query.OrderBy(r => r.Id),
            (_, true) => query.OrderByDescending(r => r.Id),
        };
}
