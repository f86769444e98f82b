using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ResourceService.Api.FunctionalTests.Infrastructure;
using ResourceService.Application.Resources;
using ResourceService.Application.Resources.GetResource;
using ResourceService.Domain.Common;

namespace ResourceService.Api.FunctionalTests.Platform;

public sealed class ErrorContractTests : ApiFixture
{
    private const string Secret = "connection to db-secret-host refused";

    [TestCase("/api/v1/nothing-here")]
    [TestCase("/api/v2/resource")]
    [TestCase("/no/such/page")] // "/" is the web console (WebConsoleFilesTests)
    public async Task UnknownRoute_Returns404Problem(string path)
    {
        using var response = await Client.GetAsync(path);

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [TestCase("PATCH", "/api/v1/resource")]
    [TestCase("DELETE", "/api/v1/resource")]
    [TestCase("POST", "/api/v1/resource/1")]
    public async Task WrongMethod_Returns405ProblemWithAllowHeader(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = ApiClient.Json("{}") };

        using var response = await Client.SendAsync(request);

        await response.AssertProblemAsync(HttpStatusCode.MethodNotAllowed);
        Assert.That(response.Content.Headers.Allow, Is.Not.Empty);
    }

    [Test]
    public async Task UnexpectedException_Returns500ProblemWithoutInternals()
    {
        using var failing = Factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(
            services => services.AddScoped<IGetResource, FailingGetResource>()));
        using var client = failing.Authorized();

        using var response = await client.GetAsync($"{ApiClient.Route}/1");

        var problem = await response.AssertProblemAsync(HttpStatusCode.InternalServerError);
        var body = problem.ToJsonString();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(body, Does.Not.Contain(Secret));
            Assert.That(body, Does.Not.Contain(nameof(FailingGetResource)));
            Assert.That(body, Does.Not.Contain("   at "));
        }
    }

    private sealed class FailingGetResource : IGetResource
    {
        public Task<Result<ResourceResponse>> ExecuteAsync(int id, CancellationToken cancellationToken) =>
            throw new InvalidOperationException(Secret);
    }
}
