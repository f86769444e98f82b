using System.Net;
using ResourceService.Api.FunctionalTests.Infrastructure;

namespace ResourceService.Api.FunctionalTests.Platform;

public sealed class MetricsTests : ApiFixture
{
    [Test]
    public async Task Metrics_AfterRequests_ReportLatencyPerRouteAndStatusInPrometheusFormat()
    {
        await Client.CreateAsync(UniqueName("metered"));
        using var missing = await Client.GetAsync($"{ApiClient.Route}/{int.MaxValue}");
        using var scraper = Factory.CreateClient();

        using var response = await scraper.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/plain"));
            Assert.That(text, Does.Match(@"http_server_request_duration_seconds_bucket\{[^}]*http_request_method=""POST""[^}]*http_response_status_code=""201""[^}]*http_route=""/api/v1/resource/"""));
            Assert.That(text, Does.Match(@"http_server_request_duration_seconds_count\{[^}]*http_response_status_code=""404""[^}]*http_route=""/api/v1/resource/\{id:int\}"""));
        }
    }

    [Test]
    public async Task Metrics_CountEveryRateLimitRejection()
    {
        using var limited = new ApiFactory(new Dictionary<string, string?> { ["RateLimiting:PermitLimit"] = "2" });
        using var client = limited.Authorized(subject: "counted");
        var refused = 0;
        for (var i = 0; i < 5; i++)
        {
            using var response = await client.GetAsync(ApiClient.Route);
            refused += response.StatusCode == HttpStatusCode.TooManyRequests ? 1 : 0;
        }

        using var scraper = limited.CreateClient();
        var text = await scraper.GetStringAsync("/metrics");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(refused, Is.EqualTo(3));
            Assert.That(text, Does.Match(@"(?m)^resource_rate_limit_rejections_total(\{[^}]*\})? 3( |$)"));
        }
    }

    [Test]
    public async Task Metrics_CountCacheMissesAndHits()
    {
        var created = await Client.CreateAsync(UniqueName("cache-metered"));
        for (var read = 0; read < 3; read++)
        {
            using (await Client.GetAsync($"{ApiClient.Route}/{created["id"]}"))
            {
            }
        }

        // The exporter keeps a scrape's answer for a moment, so a scrape right after another may predate the reads.
        using var scraper = Factory.CreateClient();
        var text = await scraper.GetStringAsync("/metrics");
        for (var attempt = 0; attempt < 20 && !text.Contains("resource_cache_hits_total", StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(100);
            text = await scraper.GetStringAsync("/metrics");
        }

        for (var attempt = 0; attempt < 20 && CounterValue(text, "resource_cache_hits_total") < 2; attempt++)
        {
            await Task.Delay(100);
            text = await scraper.GetStringAsync("/metrics");
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(CounterValue(text, "resource_cache_misses_total"), Is.GreaterThanOrEqualTo(1));
            Assert.That(CounterValue(text, "resource_cache_hits_total"), Is.GreaterThanOrEqualTo(2));
        }
    }

    private static double CounterValue(string exposition, string name)
    {
        var match = System.Text.RegularExpressions.Regex.Match(exposition, $@"(?m)^{name}(\{{[^}}]*\}})? (?<value>[0-9.e+]+)");
        Assert.That(match.Success, Is.True, $"{name} is not in /metrics");
        return double.Parse(match.Groups["value"].Value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
