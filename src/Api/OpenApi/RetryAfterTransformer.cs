using System.Globalization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;

namespace ResourceService.Api.OpenApi;

/// <summary>
/// Declares the Retry-After header of the answers that ask the client to come back: 429 from the rate limiter
/// (RequestRateLimits, always with the header) and 503 when the database is unavailable (ApiExceptionHandler, also always with the header).
/// </summary>
internal sealed class RetryAfterTransformer : IOpenApiOperationTransformer
{
    private static readonly HashSet<string> RetryStatuses =
        [Status(StatusCodes.Status429TooManyRequests), Status(StatusCodes.Status503ServiceUnavailable)];

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (response is OpenApiResponse declared && RetryStatuses.Contains(status))
            {
                declared.Headers ??= new Dictionary<string, IOpenApiHeader>();
                declared.Headers[HeaderNames.RetryAfter] = RetryAfter();
            }
        }

        return Task.CompletedTask;
    }

    private static OpenApiHeader RetryAfter() => new()
    {
        Description = "How many seconds to wait before sending the request again.",
        Required = true,
        Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" }.Count(),
    };

    private static string Status(int code) => code.ToString(CultureInfo.InvariantCulture);
}
