namespace ResourceService.Api.Common;

/// <summary>Completes every problem+json answer, whoever wrote it: trace id, instance, a detail, and <c>success: false</c>.</summary>
internal static class ProblemDetailsDefaults
{
    public static void Complete(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var http = context.HttpContext;
        problem.Type ??= problem.Status == StatusCodes.Status429TooManyRequests
            ? "https://www.rfc-editor.org/rfc/rfc6585#section-4"
            : "about:blank";
        problem.Instance ??= http.Request.Path;
        problem.Detail ??= DefaultDetail(problem.Status ?? http.Response.StatusCode);
        problem.Extensions["traceId"] = TraceIds.Of(http);
        problem.Extensions["success"] = false;
    }

    private static string DefaultDetail(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "The request is not valid.",
        StatusCodes.Status401Unauthorized => "A valid bearer token is required.",
        StatusCodes.Status403Forbidden => "The token does not grant the scope this operation needs.",
        StatusCodes.Status404NotFound => "Nothing exists at this address.",
        StatusCodes.Status405MethodNotAllowed => "This address does not accept this HTTP method.",
        StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
        StatusCodes.Status415UnsupportedMediaType => "The request body must be JSON (Content-Type: application/json).",
        StatusCodes.Status429TooManyRequests => "Too many requests; retry after the time in Retry-After.",
        StatusCodes.Status503ServiceUnavailable => "The service is temporarily unavailable; retry shortly.",
        _ => "An unexpected error occurred; quote the traceId when reporting it.",
    };
}
