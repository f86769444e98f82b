using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Caching.Memory;
using ResourceService.Infrastructure.Redis;
using ZiggyCreatures.Caching.Fusion;

namespace ResourceService.Infrastructure.Caching;

/// <summary>
/// The read cache of several instances (ADR 0037): FusionCache with this process's memory as the first level, Redis as
/// the second and Redis pub/sub as the backplane. The generations of ADR 0020 become shared entries themselves: each
/// stripe's generation (and the epoch) is a random token kept in both levels. A write removes its stripes' tokens from
/// Redis and, through the backplane, from every instance's memory — unconditionally, whatever the clocks say — and puts
/// a fresh token in its own memory at once, so that the instance that took the write reads it next. Readers take the
/// tokens before they load, so a load that saw old data can only be stored under a key nobody asks for again.
/// While Redis is unavailable everything stays in this process, and entries live only
/// <see cref="CachingOptions.DegradedDurationSeconds"/>: another instance's write is seen that much later at worst.
/// </summary>
internal sealed class SharedReadCache : IReadCache
{
    private const int Stripes = 1 << 16;
    private const string EpochKey = "~epoch";

    private readonly IFusionCache _cache;
    private readonly RedisLink _link;
    private readonly MemoryCache _memory;
    private readonly ConcurrentDictionary<(int Size, bool Shared), FusionCacheEntryOptions> _entryOptions = new();
    private readonly FusionCacheEntryOptions _sharedToken;
    private readonly FusionCacheEntryOptions _localToken;
    private readonly FusionCacheEntryOptions _removeEverywhere;
    private readonly TimeSpan _degradedDuration;
    private int _wroteWhileUnavailable;

    public SharedReadCache(IFusionCache cache, RedisLink link, ReadCacheMemory memory, CachingOptions options)
    {
        (_cache, _link, _memory) = (cache, link, memory.Cache);
        _degradedDuration = TimeSpan.FromSeconds(options.DegradedDurationSeconds);
        // A token outlives the entries keyed by it; when one expires anyway, the next reader draws a new one: a miss.
        // Tokens weigh nothing against Caching:SizeLimit and are never evicted for room (at most one per stripe),
        // and a new one is in Redis before anyone loads under it: a delayed write could otherwise bring it back
        // after a write's removal, with the old data under it.
        _sharedToken = cache.DefaultEntryOptions.Duplicate(TimeSpan.FromSeconds(10L * options.DurationSeconds))
            .SetSize(0).SetPriority(CacheItemPriority.NeverRemove);
        _sharedToken.AllowBackgroundDistributedCacheOperations = false;
        _localToken = _sharedToken.Duplicate().SetSkipDistributedCache(true, skipBackplaneNotifications: true);
        _removeEverywhere = cache.DefaultEntryOptions.Duplicate();
        link.Changed += OnLinkChanged;
        ReadCacheMeter.Observe(link);
    }

    public async ValueTask<T> GetOrLoadAsync<T>(
        CacheRegion region, string key, int size, Func<CancellationToken, Task<T>> load, CancellationToken cancellationToken)
    {
        var shared = _link.IsAvailable;
        var epoch = await TokenAsync(EpochKey, shared, cancellationToken);
        var generation = await TokenAsync(StripeKey(region), shared, cancellationToken);
        var loaded = false;
        var value = await _cache.GetOrSetAsync<T>(
            $"{region.Name}@{epoch}.{generation}|{key}", (_, token) => { loaded = true; return load(token); },
            default, EntryOptions(size, shared), null, cancellationToken);
        ReadCacheMeter.Count(loaded);
        return value;
    }

    public void Invalidate(CacheRegion region) => Renew(StripeKey(region));

    public void InvalidateAll() => Renew(EpochKey);

    private ValueTask<string> TokenAsync(string key, bool shared, CancellationToken cancellationToken) =>
        _cache.GetOrSetAsync<string>(key, static (_, _) => Task.FromResult(NewToken()), default, shared ? _sharedToken : _localToken, null, cancellationToken);

    // Removed from Redis and every other instance in the background (L2 first, then the backplane message); this
    // instance's own next read already uses the new token.
    private void Renew(string key)
    {
        if (_link.IsAvailable)
        {
            // The asynchronous call: its memory part is done when it returns, the rest runs without holding a thread.
            var removal = _cache.RemoveAsync(key, _removeEverywhere);
            if (!removal.IsCompleted)
            {
                _ = removal.AsTask();
            }
        }
        else
        {
            Volatile.Write(ref _wroteWhileUnavailable, 1);
        }

        _cache.Set(key, NewToken(), _localToken);
    }

    // Without Redis this instance misses what others write, so it forgets its memory both ways. If it wrote meanwhile,
    // Redis and the others missed that: on the way back it renews the shared epoch, which drops every shared entry.
    private void OnLinkChanged(bool available)
    {
        _memory.Clear();
        if (available && Interlocked.Exchange(ref _wroteWhileUnavailable, 0) == 1)
        {
            Renew(EpochKey);
        }
    }

    private FusionCacheEntryOptions EntryOptions(int size, bool shared) =>
        _entryOptions.GetOrAdd((size, shared), static (entry, self) =>
        {
            var options = self._cache.DefaultEntryOptions.Duplicate().SetSize(entry.Size);
            return entry.Shared
                ? options
                : options.SetDuration(self._degradedDuration).SetSkipDistributedCache(true, skipBackplaneNotifications: true);
        }, this);

    // Every instance must pick the same stripe for a region, so not string.GetHashCode (randomised per process): FNV-1a.
    private static string StripeKey(CacheRegion region)
    {
        var hash = 2166136261u;
        foreach (var character in region.Name)
        {
            hash = (hash ^ character) * 16777619u;
        }

        return string.Create(CultureInfo.InvariantCulture, $"~gen/{hash % Stripes}");
    }

    private static string NewToken() => Convert.ToHexString(RandomNumberGenerator.GetBytes(8));
}
