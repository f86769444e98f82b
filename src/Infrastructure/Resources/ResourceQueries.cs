using System.Diagnostics.CodeAnalysis;
using Microsoft.EntityFrameworkCore;
using ResourceService.Application.Resources;
using ResourceService.Application.Resources.ListResources;
using ResourceService.Domain.Resources;
using ResourceService.Infrastructure.Persistence;

namespace ResourceService.Infrastructure.Resources;

/// <summary>
/// Every list reads at most a page and a bounded count, whatever the size of the table (ADR 0021): offset pages are
/// bounded by the rules, cursors continue from an index position, the unfiltered total comes from the maintained
/// counts, and a filtered total is counted up to a limit.
/// </summary>
internal sealed class ResourceQueries(AppDbContext db, NameSearch search) : IResourceQueries
{
    public Task<ResourceResponse?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Set<Resource>().AsNoTracking()
            .Where(resource => resource.Id == id)
            .ProjectToResponse()
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<ResourcePage> ListAsync(ResourceListCriteria criteria, CancellationToken cancellationToken)
    {
        var matching = criteria.NameKey is { } nameKey
            ? await search.MatchingAsync(db.Set<Resource>().AsNoTracking(), nameKey, cancellationToken)
            : db.Set<Resource>().AsNoTracking();
        var (totalCount, exact) = criteria.NameKey is null
            ? (await CountAllAsync(cancellationToken), true)
            : await CountUpToAsync(matching, cancellationToken);

        if (exact && criteria.After is null && totalCount <= criteria.Skip)
        {
            return new ResourcePage([], HasMore: false, totalCount, exact);
        }

        var rows = await Sort(After(matching, criteria), criteria)
            .Skip(criteria.Skip)
            .Take(criteria.PageSize + 1)
            .ProjectToResponse()
            .ToListAsync(cancellationToken);
        var hasMore = rows.Count > criteria.PageSize;
        if (hasMore)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        return new ResourcePage(rows, hasMore, totalCount, exact);
    }

    private async Task<int> CountAllAsync(CancellationToken cancellationToken) =>
        (int)await db.Set<ResourceCount>().SumAsync(count => count.Count, cancellationToken);

    private static async Task<(int Count, bool Exact)> CountUpToAsync(IQueryable<Resource> matching, CancellationToken cancellationToken)
    {
        var count = await matching.Take(ListResourcesRules.MaxExactFilteredCount + 1).CountAsync(cancellationToken);
        return count > ListResourcesRules.MaxExactFilteredCount ? (ListResourcesRules.MaxExactFilteredCount, false) : (count, true);
    }

    // The position's own sort key bounds the index range (sargable); the id then breaks ties within it.
    [SuppressMessage("Globalization", "CA1309", Justification = "Translated to SQL, where the name key's column compares ordinally on every engine.")]
    private static IQueryable<Resource> After(IQueryable<Resource> query, ResourceListCriteria criteria)
    {
        if (criteria.After is not { } after)
        {
            return query;
        }

        return (criteria.SortBy, criteria.Descending) switch
        {
            (ResourceSortField.Name, false) => query
                .Where(r => string.Compare(r.NameKey, after.NameKey) >= 0)
                .Where(r => string.Compare(r.NameKey, after.NameKey) > 0 || r.Id > after.Id),
            (ResourceSortField.Name, true) => query
                .Where(r => string.Compare(r.NameKey, after.NameKey) <= 0)
                .Where(r => string.Compare(r.NameKey, after.NameKey) < 0 || r.Id < after.Id),
            (ResourceSortField.CreatedAt, false) => query
                .Where(r => r.CreatedAt >= after.CreatedAt)
                .Where(r => r.CreatedAt > after.CreatedAt || r.Id > after.Id),
            (ResourceSortField.CreatedAt, true) => query
                .Where(r => r.CreatedAt <= after.CreatedAt)
                .Where(r => r.CreatedAt < after.CreatedAt || r.Id < after.Id),
            (_, false) => query.Where(r => r.Id > after.Id),
            (_, true) => query.Where(r => r.Id < after.Id),
        };
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
