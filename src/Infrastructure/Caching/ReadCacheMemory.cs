using Microsoft.Extensions.Caching.Memory;

namespace ResourceService.Infrastructure.Caching;

/// <summary>The first level of the read cache, held here so that the shared cache can empty it when Redis comes or goes.</summary>
internal sealed class ReadCacheMemory(CachingOptions options) : IDisposable
{
    public MemoryCache Cache { get; } = new(new MemoryCacheOptions { SizeLimit = options.SizeLimit });

    public void Dispose() => Cache.Dispose();
}
