using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ResourceService.Infrastructure.Caching;
using ResourceService.Infrastructure.Redis;

namespace ResourceService.Infrastructure.IntegrationTests.ScaleOut;

/// <summary>
/// The shared read cache itself, two "instances" (service providers) in this process on one redis-server: what the
/// two-process suite shows through HTTP, here at the seam, with Redis's failures reported as the rate limiter would.
/// </summary>
[NonParallelizable]
public sealed class SharedReadCacheTests
{
    private RedisServer _redis = null!;
    private ServiceProvider _one = null!;
    private ServiceProvider _other = null!;

    // One of its own per test: Redis keeps the earlier tests' entries.
    private CacheRegion Region { get; set; }

    [OneTimeSetUp]
    public async Task StartAsync() => _redis = await RedisServer.RequireAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _redis.DisposeAsync();

    [SetUp]
    public void CreateInstances()
    {
        (_one, _other) = (Instance(), Instance());
        Region = CacheRegion.Entity("Thing", "tenant", Guid.NewGuid());
    }

    [TearDown]
    public async Task DisposeInstancesAsync()
    {
        await _one.DisposeAsync();
        await _other.DisposeAsync();
    }

    [Test]
    public void WithRedis_TheSharedCacheServes() =>
        Assert.That(_one.GetRequiredService<IReadCache>(), Is.TypeOf<SharedReadCache>());

    [Test]
    public async Task AnInvalidationOnOne_MakesTheOtherLoadAgain_AndTheWriterAtOnce()
    {
        var one = _one.GetRequiredService<IReadCache>();
        var other = _other.GetRequiredService<IReadCache>();
        Assert.That(await ReadAsync(other, "old"), Is.EqualTo("old"));
        Assert.That(await ReadAsync(other, "unused"), Is.EqualTo("old"), "a hit");
        Assert.That(await ReadAsync(one, "unused"), Is.EqualTo("old"), "the other's entry, through Redis");

        one.Invalidate(Region);

        Assert.That(await ReadAsync(one, "new"), Is.EqualTo("new"), "the writer reads its write at once");
        var clock = Stopwatch.StartNew();
        while (await ReadAsync(other, "new") != "new")
        {
            Assert.That(clock.Elapsed, Is.LessThan(CrossInstanceCacheTests.StatedWindow));
            await Task.Delay(5);
        }
    }

    [Test]
    public async Task InvalidateAll_OnOne_ReachesTheOther()
    {
        var other = _other.GetRequiredService<IReadCache>();
        await ReadAsync(other, "old");

        _one.GetRequiredService<IReadCache>().InvalidateAll();

        var clock = Stopwatch.StartNew();
        while (await ReadAsync(other, "new") != "new")
        {
            Assert.That(clock.Elapsed, Is.LessThan(CrossInstanceCacheTests.StatedWindow));
            await Task.Delay(5);
        }
    }

    [Test]
    public async Task AfterAReportedFailure_EntriesAreLocalAndShortLived_AndAWriteMeanwhileIsSharedOnTheWayBack()
    {
        var one = _one.GetRequiredService<IReadCache>();
        var other = _other.GetRequiredService<IReadCache>();
        var link = _one.GetRequiredService<RedisLink>();
        await ReadAsync(other, "before");

        link.ReportFailure();
        Assert.That(link.IsAvailable, Is.False);
        Assert.That(await ReadAsync(one, "local"), Is.EqualTo("local"), "its memory was emptied: a fresh load");
        Assert.That(await ReadAsync(one, "unused"), Is.EqualTo("local"), "still cached, in this instance");
        one.Invalidate(Region); // a write that Redis misses
        Assert.That(await ReadAsync(one, "written"), Is.EqualTo("written"));
        await Task.Delay(TimeSpan.FromSeconds(2.2)); // Caching:DegradedDurationSeconds
        Assert.That(await ReadAsync(one, "expired"), Is.EqualTo("expired"), "degraded entries live 2 s");

        await link.StartAsync(CancellationToken.None); // its checks find Redis and bring the instance back
        var clock = Stopwatch.StartNew();
        while (!link.IsAvailable)
        {
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
            await Task.Delay(20);
        }

        // Back, the instance renewed the shared epoch: the other instance drops what it cached before the write.
        clock.Restart();
        while (await ReadAsync(other, "after") != "after")
        {
            Assert.That(clock.Elapsed, Is.LessThan(CrossInstanceCacheTests.StatedWindow));
            await Task.Delay(5);
        }

        await link.StopAsync(CancellationToken.None);
    }

    private ValueTask<string> ReadAsync(IReadCache cache, string loaded) =>
        cache.GetOrLoadAsync(Region, "item", 1, _ => Task.FromResult(loaded), CancellationToken.None);

    private ServiceProvider Instance()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Redis"] = _redis.ConnectionString,
            ["ConnectionStrings:Default"] = "Data Source=:memory:",
        }).Build();
        return new ServiceCollection().AddLogging().AddInfrastructure(configuration, AppContext.BaseDirectory).BuildServiceProvider();
    }
}
