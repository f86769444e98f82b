using System.Diagnostics;

namespace ResourceService.Api.Observability;

/// <summary>
/// One INFO line per request: method, route template, status, duration. The trace id comes with every line from the
/// request's logging scope. The route is the endpoint's template, never the path or the query string, so no id, search
/// text or token reaches the log; a request that matched no endpoint is logged as <see cref="NoRoute"/>. The line is
/// written by a source-generated logger to NLog's asynchronous target, so a request pays for a few boxed values only.
/// </summary>
internal sealed partial class AccessLog(RequestDelegate next, ILogger<AccessLog> logger)
{
    public const string NoRoute = "(no route)";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!logger.IsEnabled(LogLevel.Information))
        {
            await next(context);
            return;
        }

        // Routing has run by now (WebApplication places it first); the exception handler clears the endpoint later.
        var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? NoRoute;
        var started = Stopwatch.GetTimestamp();
        var completed = false;
        try
        {
            await next(context);
            completed = true;
        }
        finally
        {
            var status = completed ? context.Response.StatusCode : StatusCodes.Status500InternalServerError;
            var milliseconds = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            LogRequest(logger, context.Request.Method, route, status, milliseconds);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Method} {Route} answered {StatusCode} in {DurationMs:0.0} ms")]
    private static partial void LogRequest(ILogger logger, string method, string route, int statusCode, double durationMs);
}
