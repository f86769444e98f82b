using System.Globalization;

namespace ResourceService.Infrastructure.Caching;

/// <summary>
/// The entries that one write makes stale together: one entity of a tenant, or every list of an entity type of a
/// tenant. Tenant ids hold no '/', so no two regions share a name.
/// </summary>
internal readonly record struct CacheRegion(string Name)
{
    public static CacheRegion Entity(string entityType, string tenant, object id) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{entityType}/{tenant}/{id}"));

    public static CacheRegion Lists(string entityType, string tenant) => new($"{entityType}/{tenant}/lists");
}
