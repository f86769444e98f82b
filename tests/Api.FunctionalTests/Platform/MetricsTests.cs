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
}
