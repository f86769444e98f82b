using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using RedisRateLimiting;
using ResourceService.Api.Observability;
using StackExchange.Redis;

namespace ResourceService.Api.Security;

/// <summary>
/// OWASP API4: every client has a window of its own — the token's tenant and subject, else its address — so one client's
/// burst never uses up another's requests. Over the limit: 429 problem+json with Retry-After. With
/// <c>ConnectionStrings:Redis</c> set the windows are counted in Redis, shared by every instance (ADR 0038).
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

        var local = new FixedWindowRateLimiterOptions
        {
            PermitLimit = limits.PermitLimit,
            Window = TimeSpan.FromSeconds(limits.WindowSeconds),
            QueueLimit = 0,
        };
        // SharedBudgets comes from the composition root, which knows the read cache's view of Redis.
        var shared = configuration.GetConnectionString("Redis") is { Length: > 0 };
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => shared
                ? RateLimitPartition.Get(ClientKey(context), key => SharedLimiter(key, local, context.RequestServices))
                : RateLimitPartition.GetFixedWindowLimiter(ClientKey(context), _ => local));
            options.OnRejected = RejectAsync;
        });
        return services;
    }

    private static SharedWindowLimiter SharedLimiter(string key, FixedWindowRateLimiterOptions local, IServiceProvider services)
    {
        var redis = services.GetRequiredService<IConnectionMultiplexer>();
        var window = new RedisFixedWindowRateLimiterOptions
        {
            PermitLimit = local.PermitLimit,
            Window = local.Window,
            ConnectionMultiplexerFactory = () => redis,
        };
        var budgets = services.GetRequiredService<SharedBudgets>();
        return new SharedWindowLimiter(new RedisFixedWindowRateLimiter<string>(key, window), new FixedWindowRateLimiter(local), budgets, budgets.Timeout);
    }

    // Authentication runs first, so a valid token's tenant and subject are known here; anything else — no token, or one
    // whose tenant claims the scope policies will refuse after this — counts by address.
    private static string ClientKey(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true && context.User.FindFirst(HttpCurrentUser.SubjectClaim)?.Value is { } subject &&
        context.RequestServices.GetRequiredService<HttpCurrentUser>().ValidTenant is { } tenant
            ? $"tenant:{tenant}|subject:{subject}"
            : $"address:{context.Connection.RemoteIpAddress}";

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var http = rejected.HttpContext;
        http.RequestServices.GetRequiredService<ServiceCounters>().RateLimitRejected();
        if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            http.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }
        else if (rejected.Lease.TryGetMetadata(RateLimitMetadataName.RetryAfter, out var sharedRetryAfter))
        {
            // Redis's window tells whole seconds, rounded down: never less than 1 while the window is still closed.
            http.Response.Headers.RetryAfter = Math.Max(1, sharedRetryAfter).ToString(CultureInfo.InvariantCulture);
        }

        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails { Status = StatusCodes.Status429TooManyRequests },
        });
    }
}
