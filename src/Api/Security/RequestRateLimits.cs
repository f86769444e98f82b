using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using ResourceService.Api.Observability;

namespace ResourceService.Api.Security;

/// <summary>
/// OWASP API4: every client has a window of its own — the token's subject, else its address — so one client's
/// burst never uses up another's requests. Over the limit: 429 problem+json with Retry-After.
/// </summary>
internal static class RequestRateLimits
{
    public static IServiceCollection AddRequestRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(RateLimitingOptions.Section).Get<RateLimitingOptions>() ?? new RateLimitingOptions();
        if (limits.PermitLimit < 1 || limits.WindowSeconds < 1)
        {
            throw new InvalidOperationException("RateLimiting:PermitLimit and RateLimiting:WindowSeconds must both be 1 or more.");
        }

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                RateLimitPartition.GetFixedWindowLimiter(ClientKey(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.PermitLimit,
                    Window = TimeSpan.FromSeconds(limits.WindowSeconds),
                    QueueLimit = 0,
                }));
            options.OnRejected = RejectAsync;
        });
        return services;
    }

    // Authentication runs first, so a valid token's subject is known here; anything else counts by address.
    private static string ClientKey(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true && context.User.FindFirst(HttpCurrentUser.SubjectClaim)?.Value is { } subject
            ? $"subject:{subject}"
            : $"address:{context.Connection.RemoteIpAddress}";

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var http = rejected.HttpContext;
        http.RequestServices.GetRequiredService<ServiceCounters>().RateLimitRejected();
        if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            http.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }

        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails { Status = StatusCodes.Status429TooManyRequests },
        });
    }
}
