namespace ResourceService.Infrastructure.Caching;

/// <summary>
/// The one seam of the read cache. An entry belongs to a region; invalidating a region, once a write has committed,
/// guarantees that no read starting after that returns an entry loaded before it (ADR 0020).
/// </summary>
internal interface IReadCache
{
    /// <param name="size">The entry's weight against <c>Caching:SizeLimit</c>: roughly, the rows it holds.</param>
    ValueTask<T> GetOrLoadAsync<T>(
        CacheRegion region, string key, int size, Func<CancellationToken, Task<T>> load, CancellationToken cancellationToken);

    void Invalidate(CacheRegion region);

    /// <summary>Forgets every entry: for data changed behind the service's back (a restore, a test's reset).</summary>
    void InvalidateAll();
}
