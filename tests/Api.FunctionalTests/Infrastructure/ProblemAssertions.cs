using System.Net;
using System.Text.Json.Nodes;

namespace ResourceService.Api.FunctionalTests.Infrastructure;

public static class ProblemAssertions
{
    /// <summary>Asserts the RFC 9457 contract of every error and returns the problem for further checks.</summary>
    public static async Task<JsonNode> AssertProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(status), body);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), body);

        var problem = JsonNode.Parse(body)!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(problem["status"]?.GetValue<int>(), Is.EqualTo((int)status));
            Assert.That(problem["type"]?.GetValue<string>(), Is.Not.Null.And.Not.Empty);
            Assert.That(problem["title"]?.GetValue<string>(), Is.Not.Null.And.Not.Empty);
            Assert.That(problem["detail"]?.GetValue<string>(), Is.Not.Null.And.Not.Empty);
            Assert.That(problem["traceId"]?.GetValue<string>(), Is.Not.Null.And.Not.Empty);
            Assert.That(problem["success"]?.GetValue<bool>(), Is.False);
        }

        return problem;
    }

    /// <summary>Asserts a 400 whose <c>errors</c> name exactly the given fields.</summary>
    public static async Task<JsonObject> AssertValidationProblemAsync(this HttpResponseMessage response, params string[] fields)
    {
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem["errors"] as JsonObject;
        Assert.That(errors, Is.Not.Null, problem.ToJsonString());
        Assert.That(errors!.Select(error => error.Key), Is.EquivalentTo(fields), problem.ToJsonString());
        return errors;
    }
}
