using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace ResourceService.Api.Observability;

/// <summary>
/// Request rate, latency and status per route (<c>http_server_request_duration_seconds</c>), the service's own
/// counters (<see cref="ServiceCounters"/>), plus the .NET runtime's, in Prometheus text format at <c>/metrics</c>.
/// A module or library with a meter of its own (a cache's hits and misses, say) joins with one more <c>AddMeter</c>.
/// The endpoint is anonymous and not rate limited so that a scraper can always read it: expose it to the monitoring
/// network only (see docs/security.md).
/// </summary>
internal static class ServiceMetrics
{
    public const string Path = "/metrics";

    public static IServiceCollection AddServiceMetrics(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ServiceCounters>();
        // Readiness is probed by machines as often as they like; what it costs the database is bounded here (ADR 0031).
        services.AddSingleton<IPostConfigureOptions<HealthCheckServiceOptions>, ReadinessCache>();
        services.AddOpenTelemetry()
            // OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES, when set, override the default name.
            .ConfigureResource(resource => resource.AddService("resource-service").AddEnvironmentVariableDetector())
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(ServiceCounters.MeterName)
                .AddPrometheusExporter())
            .AddServiceTraces(configuration);
        return services;
    }

    public static WebApplication MapServiceMetrics(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint(Path).AllowAnonymous().DisableRateLimiting();
        return app;
    }
}
