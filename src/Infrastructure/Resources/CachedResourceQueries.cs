using System.Globalization;
using ResourceService.Application.Common;
using ResourceService.Application.Resources;
using ResourceService.Application.Resources.ListResources;
using ResourceService.Domain.Resources;
using ResourceService.Infrastructure.Caching;

namespace ResourceService.Infrastructure.Resources;

/// <summary>
/// Serves the reads of resources from the read cache, in regions of the caller's tenant: one per resource, one for
/// all its lists (counts included). The unit of work invalidates them when a write of a resource commits.
/// </summary>
internal sealed class CachedResourceQueries(IResourceQueries inner, IReadCache cache, ICurrentUser user) : IResourceQueries
{
    private const string ItemKey = "item";

    public async Task<ResourceResponse?> FindAsync(int id, CancellationToken cancellationToken) =>
        await cache.GetOrLoadAsync(
            CacheRegion.Entity(nameof(Resource), user.TenantId, id), ItemKey, 1, token => inner.FindAsync(id, token), cancellationToken);

    public async Task<ResourcePage> ListAsync(ResourceListCriteria criteria, CancellationToken cancellationToken) =>
        await cache.GetOrLoadAsync(
            CacheRegion.Lists(nameof(Resource), user.TenantId), Key(criteria), criteria.PageSize + 1,
            token => inner.ListAsync(criteria, token), cancellationToken);

    // Every field but the two texts is a number; each text is length-prefixed, so no two criteria share a key.
    private static string Key(ResourceListCriteria criteria) => string.Create(CultureInfo.InvariantCulture,
        $"{criteria.Page}|{criteria.PageSize}|{(int)criteria.SortBy}|{criteria.Descending}|{criteria.After?.Id}|" +
        $"{criteria.After?.CreatedAt?.Ticks}|{criteria.NameKey?.Length}:{criteria.NameKey}|{criteria.After?.NameKey}");
}
