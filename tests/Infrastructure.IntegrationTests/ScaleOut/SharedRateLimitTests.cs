using System.Net;

namespace ResourceService.Infrastructure.IntegrationTests.ScaleOut;

/// <summary>A client's budget is one budget, whichever instance answers.</summary>
public sealed class SharedRateLimitTests : TwoInstances
{
    protected override int PermitLimit => 50;

    [Test]
    public async Task AClientOverItsLimitOnA_IsLimitedOnB()
    {
        using var a = Client(A, "rate-limited");
        using var b = Client(B, "rate-limited");
        using var other = Client(B, "rate-other");

        for (var request = 0; request < PermitLimit; request++)
        {
            using var answer = await a.GetAsync($"{Route}?pageSize=1");
            Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"request {request + 1} of {PermitLimit} on A");
        }

        using var overOnA = await a.GetAsync($"{Route}?pageSize=1");
        using var overOnB = await b.GetAsync($"{Route}?pageSize=1");
        using var otherClient = await other.GetAsync($"{Route}?pageSize=1");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(overOnA.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(overOnB.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests), "the same client on the other instance");
            Assert.That(overOnB.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromSeconds(60)));
            Assert.That(otherClient.StatusCode, Is.EqualTo(HttpStatusCode.OK), "another client keeps its own budget");
        }
    }
}
