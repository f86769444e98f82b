using System.Collections.Concurrent;
using ZiggyCreatures.Caching.Fusion;

namespace ResourceService.Infrastructure.Caching;

/// <summary>
/// FusionCache (one load per key however many readers miss at once) keyed by region generation (ADR 0020): a write
/// bumps its regions' generations after its commit, so readers that start afterwards use new keys and load afresh,
/// while a read that loaded the old data before the commit can only store it under a key nobody asks for again.
/// Generations live in a fixed array of stripes, so memory does not grow with the number of regions; regions that
/// share a stripe are only invalidated together, which costs a miss, never a stale answer. One instance alone: with
/// Redis configured, <see cref="SharedReadCache"/> serves instead.
/// </summary>
internal sealed class FusionReadCache(IFusionCache cache) : IReadCache
{
    private const int Stripes = 1 << 16;

    private readonly long[] _generations = new long[Stripes];
    private readonly ConcurrentDictionary<int, FusionCacheEntryOptions> _entryOptions = new();
    private long _epoch;

    public async ValueTask<T> GetOrLoadAsync<T>(
        CacheRegion region, string key, int size, Func<CancellationToken, Task<T>> load, CancellationToken cancellationToken)
    {
        var generation = Volatile.Read(ref _generations[Stripe(region)]);
        var entryKey = $"{region.Name}@{Volatile.Read(ref _epoch)}.{generation}|{key}";
        var loaded = false;
        var value = await cache.GetOrSetAsync<T>(
            entryKey, (_, token) => { loaded = true; return load(token); }, default, EntryOptions(size), null, cancellationToken);
        ReadCacheMeter.Count(loaded);
        return value;
    }

    public void Invalidate(CacheRegion region) => Interlocked.Increment(ref _generations[Stripe(region)]);

    public void InvalidateAll() => Interlocked.Increment(ref _epoch);

    private static int Stripe(CacheRegion region) => (int)((uint)region.Name.GetHashCode() % Stripes);

    private FusionCacheEntryOptions EntryOptions(int size) =>
        _entryOptions.GetOrAdd(size, static (weight, defaults) => defaults.Duplicate().SetSize(weight), cache.DefaultEntryOptions);
}
