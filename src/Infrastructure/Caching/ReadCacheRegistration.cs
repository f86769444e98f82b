using System.Text.Json;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ResourceService.Infrastructure.Redis;
using StackExchange.Redis;
using ZiggyCreatures.Caching.Fusion;
using ZiggyCreatures.Caching.Fusion.Backplane.StackExchangeRedis;
using ZiggyCreatures.Caching.Fusion.Serialization.SystemTextJson;

namespace ResourceService.Infrastructure.Caching;

/// <summary>
/// The read cache: in memory for one instance (ADR 0020); with <c>ConnectionStrings:Redis</c>, Redis as its second
/// level and backplane, shared by every instance (ADR 0037).
/// </summary>
internal static class ReadCacheRegistration
{
    public static void AddReadCache(IServiceCollection services, IConfiguration configuration)
    {
        var caching = configuration.GetSection(CachingOptions.Section).Get<CachingOptions>() ?? new CachingOptions();
        services.AddSingleton(new ReadCacheMemory(caching));
        var fusion = services.AddFusionCache()
            .WithMemoryCache(provider => provider.GetRequiredService<ReadCacheMemory>().Cache)
            .WithDefaultEntryOptions(entry =>
            {
                entry.Duration = TimeSpan.FromSeconds(caching.DurationSeconds);
                entry.Size = 1;
            })
            // Counters inline, not a thread-pool item per hit.
            .WithOptions(options => options.EnableSyncEventHandlersExecution = true)
            .WithPostSetup((_, cache) => ReadCacheMeter.Observe(cache));

        if (configuration.GetConnectionString(RedisOptions.ConnectionStringName) is not { Length: > 0 } connectionString)
        {
            services.AddSingleton<IReadCache, FusionReadCache>();
            return;
        }

        var redis = AddRedis(services, configuration, connectionString);
        fusion
            .WithOptions(options =>
            {
                // Invalidations that Redis missed are covered by renewing the epoch when it returns (SharedReadCache),
                // so FusionCache's own replay is not needed, and no circuit breaker hides a recovery from it.
                options.EnableAutoRecovery = false;
                options.DistributedCacheCircuitBreakerDuration = TimeSpan.Zero;
                options.BackplaneCircuitBreakerDuration = TimeSpan.Zero;
                options.BackplaneChannelPrefix = "resource-service";
            })
            .WithDefaultEntryOptions(entry =>
            {
                entry.DistributedCacheSoftTimeout = redis.Timeout;
                entry.DistributedCacheHardTimeout = redis.Timeout;
                entry.AllowBackgroundDistributedCacheOperations = true;
                entry.AllowBackgroundBackplaneOperations = true;
            })
            .WithSerializer(new FusionCacheSystemTextJsonSerializer(new JsonSerializerOptions(JsonSerializerDefaults.Web) { IncludeFields = true }))
            .WithDistributedCache(provider => new RedisCache(Options.Create(new RedisCacheOptions
            {
                // Its keys apart from anything else kept in the same Redis.
                InstanceName = "resource-service:",
                ConnectionMultiplexerFactory = () => Task.FromResult(provider.GetRequiredService<IConnectionMultiplexer>()),
            })))
            .WithBackplane(provider => new RedisBackplane(new RedisBackplaneOptions
            {
                ConnectionMultiplexerFactory = () => Task.FromResult(provider.GetRequiredService<IConnectionMultiplexer>()),
            }));
        services.AddSingleton(caching);
        services.AddSingleton<IReadCache, SharedReadCache>();
    }

    private static RedisOptions AddRedis(IServiceCollection services, IConfiguration configuration, string connectionString)
    {
        var options = configuration.GetSection(RedisOptions.Section).Get<RedisOptions>() ?? new RedisOptions();
        if (options.TimeoutMilliseconds < 1 || options.CheckIntervalMilliseconds < 1)
        {
            throw new InvalidOperationException("Redis:TimeoutMilliseconds and Redis:CheckIntervalMilliseconds must both be 1 or more.");
        }

        services.AddOptions<RedisOptions>().Bind(configuration.GetSection(RedisOptions.Section));
        services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(RedisConnection.Configure(connectionString, options)));
        services.AddSingleton<RedisLink>();
        services.AddHostedService(provider => provider.GetRequiredService<RedisLink>());
        // Degraded, not unhealthy: without Redis every instance still answers every request from the database (ADR 0037).
        services.AddHealthChecks().AddRedis(
            provider => provider.GetRequiredService<IConnectionMultiplexer>(), "redis",
            Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Degraded, ["ready"], options.Timeout);
        return options;
    }
}
