using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;
using ResourceService.Api.FunctionalTests.Infrastructure;

namespace ResourceService.Api.FunctionalTests.Platform;

public sealed class HealthTests : ApiFixture
{
    [TestCase("/health/live")]
    [TestCase("/health/ready")]
    public async Task Health_WhenTheDatabaseAnswers_Returns200WithoutAToken(string path)
    {
        using var anonymous = Factory.CreateClient();

        using var response = await anonymous.GetAsync(path);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("Healthy"));
        }
    }

    [Test]
    public async Task Readiness_CalledManyTimesAtOnce_ProbesEachCheckOncePerSecond()
    {
        var probe = new CountingCheck();
        // The service's clock stands still unless the test moves it, so a slow machine cannot stretch the "second".
        var clock = new FakeTimeProvider();
        using var service = Factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            services.AddHealthChecks().AddCheck("counting", probe, tags: ["ready"]);
        }));
        using var client = service.CreateClient();

        var burst = await Task.WhenAll(Enumerable.Range(0, 200).Select(async _ =>
        {
            using var response = await client.GetAsync("/health/ready");
            return response.StatusCode;
        }));
        var afterBurst = probe.Count;
        clock.Advance(TimeSpan.FromMilliseconds(999));
        using (await client.GetAsync("/health/ready"))
        {
            Assert.That(probe.Count, Is.EqualTo(1), "within the second");
        }

        clock.Advance(TimeSpan.FromMilliseconds(1));
        using var later = await client.GetAsync("/health/ready");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(burst, Is.All.EqualTo(HttpStatusCode.OK));
            Assert.That(afterBurst, Is.EqualTo(1), "probes during the burst");
            Assert.That(probe.Count, Is.EqualTo(2), "a second later, the next call probes again");
        }
    }

    /// <summary>A readiness check that counts how often it runs and takes a moment, as a database round trip does.</summary>
    private sealed class CountingCheck : IHealthCheck
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            await Task.Delay(20, cancellationToken);
            return HealthCheckResult.Healthy();
        }
    }
}
