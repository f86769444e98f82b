using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using ZiggyCreatures.Caching.Fusion;

namespace ResourceService.Infrastructure.Caching;

/// <summary>
/// FusionCache (one load per key however many readers miss at once) keyed by region generation (ADR 0020): a write
/// bumps its regions' generations after its commit, so readers that start afterwards use new keys and load afresh,
/// while a read that loaded the old data before the commit can only store it under a key nobody asks for again.
/// Generations live in a fixed array of stripes, so memory does not grow with the number of regions; regions that
/// share a stripe are only invalidated together, which costs a miss, never a stale answer.
/// </summary>
internal sealed class FusionReadCache(IFusionCache cache) : IReadCache
{
    /// <summary>The meter of the read cache: <c>resource_cache_hits_total</c> and <c>resource_cache_misses_total</c> in /metrics.</summary>
    public const string MeterName = "ResourceService.Cache";

    private const int Stripes = 1 << 16;

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Hits = Meter.CreateCounter<long>(
        "resource.cache.hits", description: "Reads answered from the read cache, without a load of their own.");
    private static readonly Counter<long> Misses = Meter.CreateCounter<long>(
        "resource.cache.misses", description: "Reads that loaded from the database and stored the answer.");

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
        (loaded ? Misses : Hits).Add(1);
        return value;
    }

    public void Invalidate(CacheRegion region) => Interlocked.Increment(ref _generations[Stripe(region)]);

    public void InvalidateAll() => Interlocked.Increment(ref _epoch);

    private static int Stripe(CacheRegion region) => (int)((uint)region.Name.GetHashCode() % Stripes);

    private FusionCacheEntryOptions EntryOptions(int size) =>
        _entryOptions.GetOrAdd(size, static (weight, defaults) => defaults.Duplicate().SetSize(weight), cache.DefaultEntryOptions);
}
