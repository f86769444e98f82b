using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;
using ResourceService.Api.FunctionalTests.Infrastructure;

namespace ResourceService.Api.FunctionalTests.Security;

/// <summary>
/// A service that lets one client send thousands of requests, and the contract every answer keeps whatever was
/// sent: never a 5xx, and every refusal is problem+json whose <c>status</c> is the HTTP status.
/// A broken property throws <see cref="AssertionException"/> with the request and the answer, so that CsCheck
/// can shrink the input before NUnit reports it.
/// </summary>
public abstract class HostileInputFixture : ApiFixture
{
    protected override ApiFactory CreateFactory() =>
        new(new Dictionary<string, string?> { ["RateLimiting:PermitLimit"] = "1000000" });

    protected async Task<HostileAnswer> SendAsync(HostileRequest request)
    {
        using var message = request.ToMessage();
        using var response = await Client.SendAsync(message);
        var answer = new HostileAnswer(
            (int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());

        if (answer.Status >= 500)
        {
            Fail(request, answer, "The service failed on it.");
        }

        if (!answer.IsSuccess && (answer.MediaType != "application/problem+json" || ProblemStatus(answer.Body) != answer.Status))
        {
            Fail(request, answer, "A refusal must be application/problem+json whose status is the HTTP status.");
        }

        return answer;
    }

    /// <summary>How CsCheck prints a failing sample: the request as sent, every byte visible.</summary>
    protected static string Print(HostileRequest request) => request.ToString();

    [DoesNotReturn]
    protected static void Fail(HostileRequest request, HostileAnswer answer, string broken) =>
        throw new AssertionException($"{broken}\nRequest: {request}\nAnswer: {answer}");

    private static int? ProblemStatus(string body)
    {
        try
        {
            return JsonNode.Parse(body)?["status"]?.GetValue<int>();
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }
}

public sealed record HostileAnswer(int Status, string? MediaType, string Body)
{
    public bool IsSuccess => Status is >= 200 and < 300;

    /// <summary>The <c>data</c> of a success envelope.</summary>
    public JsonNode Data => JsonNode.Parse(Body)!["data"]!;

    public override string ToString() => $"{Status} {MediaType ?? "(no content type)"} {HostileRequest.Printable(Body)}";
}
