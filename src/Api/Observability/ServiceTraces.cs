using OpenTelemetry;
using OpenTelemetry.Trace;

namespace ResourceService.Api.Observability;

/// <summary>
/// Traces of each request — the server span, one span per database command (EF Core, on every engine) and each
/// outgoing HTTP call — exported over OTLP only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> (or its traces-only form) is
/// set. The exporter reads the standard <c>OTEL_*</c> settings itself: protocol (<c>grpc</c> or
/// <c>http/protobuf</c>), headers, timeout, batch delays. Without an endpoint no tracer is registered at all, so
/// nothing is recorded or exported and the hot path pays nothing (ADR 0030).
/// </summary>
internal static class ServiceTraces
{
    public const string EndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string TracesEndpointSetting = "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT";

    public static OpenTelemetryBuilder AddServiceTraces(this OpenTelemetryBuilder telemetry, IConfiguration configuration)
    {
        if (string.IsNullOrWhiteSpace(configuration[EndpointSetting]) && string.IsNullOrWhiteSpace(configuration[TracesEndpointSetting]))
        {
            return telemetry;
        }

        return telemetry.WithTracing(tracing => tracing
            .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.Filter = IsTraced)
            .AddEntityFrameworkCoreInstrumentation()
            .AddHttpClientInstrumentation()
            .AddOtlpExporter());
    }

    // Scrapes and probes arrive every few seconds from machines, not users: tracing them would only add noise.
    private static bool IsTraced(HttpContext context) =>
        !context.Request.Path.StartsWithSegments(ServiceMetrics.Path) && !context.Request.Path.StartsWithSegments("/health");
}
