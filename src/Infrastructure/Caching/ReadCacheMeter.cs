namespace ResourceService.Infrastructure.Caching;

/// <summary>The name of the read cache's meter, for the composition root to export.</summary>
public static class ReadCacheMeter
{
    public const string Name = FusionReadCache.MeterName;
}
