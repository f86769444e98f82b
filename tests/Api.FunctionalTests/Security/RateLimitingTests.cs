using System.Net;
using ResourceService.Api.FunctionalTests.Infrastructure;

namespace ResourceService.Api.FunctionalTests.Security;

/// <summary>OWASP API4 (unrestricted resource consumption): each client has its own request budget.</summary>
public sealed class RateLimitingTests : ApiFixture
{
    private const int Limit = 5;

    [Test]
    public async Task Client_OverItsLimit_Gets429ProblemWithRetryAfter()
    {
        using var carol = Factory.Authorized(subject: "carol");
        for (var i = 0; i < Limit; i++)
        {
            using var allowed = await carol.GetAsync(ApiClient.Route);
            Assert.That(allowed.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"request {i + 1} of {Limit}");
        }

        using var refused = await carol.GetAsync(ApiClient.Route);

        await refused.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.That(refused.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromSeconds(60)));
    }

    [Test]
    public async Task OneClientsBurst_LeavesAnotherClientsBudgetWhole()
    {
        using var greedy = Factory.Authorized(subject: "greedy");
        using var patient = Factory.Authorized(subject: "patient");
        for (var i = 0; i <= Limit; i++)
        {
            using var _ = await greedy.GetAsync(ApiClient.Route);
        }

        var patientStatuses = new List<HttpStatusCode>();
        for (var i = 0; i < Limit; i++)
        {
            using var response = await patient.GetAsync(ApiClient.Route);
            patientStatuses.Add(response.StatusCode);
        }

        Assert.That(patientStatuses, Is.All.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task HealthAndMetricsEndpoints_AreExemptEvenWhenTheAddressIsOverItsLimit()
    {
        using var anonymous = Factory.CreateClient();
        for (var i = 0; i <= Limit; i++)
        {
            using var _ = await anonymous.GetAsync(ApiClient.Route);
        }

        using var limited = await anonymous.GetAsync(ApiClient.Route);
        var health = new List<HttpStatusCode>();
        for (var i = 0; i < Limit * 3; i++)
        {
            using var live = await anonymous.GetAsync("/health/live");
            using var ready = await anonymous.GetAsync("/health/ready");
            using var metrics = await anonymous.GetAsync("/metrics");
            health.Add(live.StatusCode);
            health.Add(ready.StatusCode);
            health.Add(metrics.StatusCode);
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(limited.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(health, Is.All.EqualTo(HttpStatusCode.OK));
        }
    }

    protected override ApiFactory CreateFactory() => new(new Dictionary<string, string?>
    {
        ["RateLimiting:PermitLimit"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimiting:WindowSeconds"] = "60",
    });
}
