using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ResourceService.Api.FunctionalTests.Infrastructure;
using ResourceService.Application.Common;
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
            services => services.AddScoped<IUseCase<GetResourceQuery, ResourceResponse>, FailingGetResource>()));
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

    // A default result is what a use case that forgot to answer returns: a bug, so a 500, never a 503 that asks for a retry.
    [Test]
    public async Task DefaultResult_Returns500ProblemWithoutRetryAfter()
    {
        using var broken = Factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(
            services => services.AddScoped<IUseCase<GetResourceQuery, ResourceResponse>, SilentGetResource>()));
        using var client = broken.Authorized();

        using var response = await client.GetAsync($"{ApiClient.Route}/1");

        await response.AssertProblemAsync(HttpStatusCode.InternalServerError);
        Assert.That(response.Headers.RetryAfter, Is.Null);
    }

    private sealed class FailingGetResource : IUseCase<GetResourceQuery, ResourceResponse>
    {
        public Task<Result<ResourceResponse>> ExecuteAsync(GetResourceQuery request, CancellationToken cancellationToken) =>
            throw new InvalidOperationException(Secret);
    }

    private sealed class SilentGetResource : IUseCase<GetResourceQuery, ResourceResponse>
    {
        public Task<Result<ResourceResponse>> ExecuteAsync(GetResourceQuery request, CancellationToken cancellationToken) =>
            Task.FromResult(default(Result<ResourceResponse>));
    }
}
