using System.Diagnostics.Metrics;
using ResourceService.Infrastructure.Redis;
using ZiggyCreatures.Caching.Fusion;

namespace ResourceService.Infrastructure.Caching;

/// <summary>
/// The read cache's meter, for the composition root to export: <c>resource_cache_hits_total</c> and
/// <c>resource_cache_misses_total</c> (reads answered without a load of their own, and loads), and per level
/// <c>resource_cache_lookups_total{level, result}</c> and <c>resource_cache_backplane_messages_total{direction}</c>; with
/// Redis, <c>resource_cache_redis_available</c> (1 or 0).
/// </summary>
public static class ReadCacheMeter
{
    public const string Name = "ResourceService.Cache";

    private static readonly Meter Meter = new(Name);
    private static readonly Counter<long> Hits = Meter.CreateCounter<long>(
        "resource.cache.hits", description: "Reads answered from the read cache, without a load of their own.");
    private static readonly Counter<long> Misses = Meter.CreateCounter<long>(
        "resource.cache.misses", description: "Reads that loaded from the database and stored the answer.");
    private static readonly Counter<long> Lookups = Meter.CreateCounter<long>(
        "resource.cache.lookups", description: "Lookups of cached reads per level (memory, distributed) and result (hit, miss).");
    private static readonly Counter<long> BackplaneMessages = Meter.CreateCounter<long>(
        "resource.cache.backplane.messages", description: "Invalidation messages between instances, sent and received.");

    internal static void Count(bool loaded) => (loaded ? Misses : Hits).Add(1);

    /// <summary>Counts the cache's own events: only lookups of cached reads, not of the generation tokens that key them.</summary>
    internal static void Observe(IFusionCache cache)
    {
        cache.Events.Memory.Hit += (_, hit) => Lookup(hit.Key, "memory", "hit");
        cache.Events.Memory.Miss += (_, miss) => Lookup(miss.Key, "memory", "miss");
        cache.Events.Distributed.Hit += (_, hit) => Lookup(hit.Key, "distributed", "hit");
        cache.Events.Distributed.Miss += (_, miss) => Lookup(miss.Key, "distributed", "miss");
        cache.Events.Backplane.MessagePublished += (_, _) => BackplaneMessages.Add(1, new KeyValuePair<string, object?>("direction", "sent"));
        cache.Events.Backplane.MessageReceived += (_, _) => BackplaneMessages.Add(1, new KeyValuePair<string, object?>("direction", "received"));
    }

    internal static void Observe(RedisLink link) => Meter.CreateObservableGauge(
        "resource.cache.redis.available", () => link.IsAvailable ? 1 : 0,
        description: "1 while this instance shares its read cache and rate limits through Redis, 0 while it runs without.");

    private static void Lookup(string key, string level, string result)
    {
        if (!key.StartsWith('~'))
        {
            Lookups.Add(1, new KeyValuePair<string, object?>("level", level), new KeyValuePair<string, object?>("result", result));
        }
    }
}
