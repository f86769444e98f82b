using System.Text.Json.Nodes;
using CsCheck;
using ResourceService.Api.FunctionalTests.Infrastructure;

namespace ResourceService.Api.FunctionalTests.Security;

/// <summary>
/// Hostile query strings, read from as many threads as there are cores, and hostile Idempotency-Key values, sent one
/// at a time: concurrent creates on one SQLite file make its provider sleep between busy retries, which only slows the run.
/// </summary>
public sealed class HostileQueryAndKeyPropertyTests : HostileInputFixture
{
    private const long QuerySamples = 3000;
    private const long KeySamples = 2000;

    private static readonly string[] ListParameters = ["page", "pageSize", "name", "sort"];

    [OneTimeSetUp]
    public async Task CreateSomethingToList()
    {
        foreach (var name in new[] { "alpha", "Beta", "<b>gamma</b>", "\u202Edelta", "%_" })
        {
            await Client.CreateAsync(name);
        }
    }

    [Test]
    public Task List_WithAnyQuery_Answers200Or400NamingItsParameters() =>
        HostileAddresses.ListRequest.SampleAsync(async request =>
        {
            var answer = await SendAsync(request);
            if (answer.Status == 200)
            {
                return;
            }

            var fields = answer.Status == 400 && JsonNode.Parse(answer.Body)?["errors"] is JsonObject errors
                ? errors.Select(error => error.Key).ToList()
                : [];
            if (fields.Count == 0 || fields.Except(ListParameters).Any())
            {
                Fail(request, answer, $"A list answers 200, or 400 whose errors name only its parameters ({string.Join(", ", ListParameters)}).");
            }
        }, iter: QuerySamples, print: Print);

    [Test]
    public Task Create_WithAnyIdempotencyKey_NeverFails() =>
        HostileAddresses.KeyedCreate.SampleAsync(async request => await SendAsync(request), iter: KeySamples, threads: 1, print: Print);
}
