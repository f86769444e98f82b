using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using ResourceService.Api.Observability;
using ResourceService.Application.Common;

namespace ResourceService.Api.Common;

/// <summary>
/// Turns exceptions into problem+json: a request the framework could not read keeps its 4xx status; anything
/// else is a 500 that is logged with the trace id and shows no internals.
/// </summary>
internal sealed partial class ApiExceptionHandler(
    IProblemDetailsService problems, IDatabaseFailures databaseFailures, ServiceCounters counters, ILogger<ApiExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            BadHttpRequestException badRequest => RequestProblem(badRequest),
            _ when databaseFailures.IsUnavailable(exception) => UnavailableProblem(httpContext, exception),
            _ => ServerProblem(httpContext, exception),
        };

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails RequestProblem(BadHttpRequestException exception)
    {
        if (exception.InnerException is JsonException duplicate && DuplicateProperty().Match(duplicate.Message) is { Success: true } repeated)
        {
            var field = repeated.Groups["name"].Value;
            return new HttpValidationProblemDetails(new Dictionary<string, string[]>
            {
                [field] = ["The property appears more than once in the body; send it once."],
            })
            {
                Status = StatusCodes.Status400BadRequest,
                Detail = $"The request body names '{field}' more than once.",
            };
        }

        if (exception.InnerException is JsonException json)
        {
            var field = JsonField(json.Path);
            return new HttpValidationProblemDetails(new Dictionary<string, string[]>
            {
                [field] = ["The value is not valid JSON of the expected type."],
            })
            {
                Status = StatusCodes.Status400BadRequest,
                Detail = "The request body is not valid JSON for this operation.",
            };
        }

        if (BindingFailure().Match(exception.Message) is { Success: true } binding)
        {
            var parameter = JsonNamingPolicy.CamelCase.ConvertName(binding.Groups["name"].Value);
            return new HttpValidationProblemDetails(new Dictionary<string, string[]>
            {
                [parameter] = [$"The value '{binding.Groups["value"].Value}' is not {Describe(binding.Groups["type"].Value)}."],
            })
            {
                Status = StatusCodes.Status400BadRequest,
                Detail = $"The parameter '{parameter}' is not valid.",
            };
        }

        return new ProblemDetails { Status = exception.StatusCode };
    }

    private static string Describe(string typeName) =>
        typeName.Contains("int", StringComparison.OrdinalIgnoreCase) || typeName.Contains("long", StringComparison.OrdinalIgnoreCase)
            ? "a whole number"
            : "a valid value";

    // The framework's own wording for a route or query value of the wrong type; a functional test pins it.
    [GeneratedRegex("^Failed to bind parameter \"(?<type>.+) (?<name>[^ ]+)\" from \"(?<value>.*)\"\\.$", RegexOptions.Singleline)]
    private static partial Regex BindingFailure();

    // System.Text.Json's wording when AllowDuplicateProperties is off; it names the property as the contract spells
    // it, where the path would repeat the client's spelling ("Name"). A functional test pins it.
    [GeneratedRegex("^Duplicate property '(?<name>[^']+)'")]
    private static partial Regex DuplicateProperty();

    private static string JsonField(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.TrimStart('$', '.');

    private ProblemDetails UnavailableProblem(HttpContext httpContext, Exception exception)
    {
        // The metric names the engine's own exception (SqliteException, NpgsqlException, TimeoutException), not its wrapper.
        counters.DatabaseUnavailable(exception.GetBaseException().GetType().Name);
        LogUnavailable(logger, exception.GetType().Name, httpContext.Request.Method, httpContext.Request.Path, TraceIds.Of(httpContext));
        httpContext.Response.Headers.RetryAfter = "5";
        return new ProblemDetails { Status = StatusCodes.Status503ServiceUnavailable };
    }

    private ProblemDetails ServerProblem(HttpContext httpContext, Exception exception)
    {
        LogUnhandled(logger, exception, httpContext.Request.Method, httpContext.Request.Path, TraceIds.Of(httpContext));
        return new ProblemDetails { Status = StatusCodes.Status500InternalServerError };
    }

    [LoggerMessage(EventId = 503, Level = LogLevel.Warning, Message = "Database unavailable ({ExceptionType}) on {Method} {Path} (trace {TraceId})")]
    private static partial void LogUnavailable(ILogger logger, string exceptionType, string method, string path, string traceId);

    [LoggerMessage(EventId = 500, Level = LogLevel.Error, Message = "Unhandled exception on {Method} {Path} (trace {TraceId})")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path, string traceId);
}
