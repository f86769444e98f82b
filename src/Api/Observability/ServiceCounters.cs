using System.Diagnostics.Metrics;

namespace ResourceService.Api.Observability;

/// <summary>
/// The service's own counters, in <c>/metrics</c> as <c>resource_rate_limit_rejections_total</c> and
/// <c>resource_database_unavailable_total{error_type}</c> (docs/ops/runbook.md). They count only the rare event,
/// so the hot path pays nothing for them.
/// </summary>
internal sealed class ServiceCounters
{
    public const string MeterName = "ResourceService";

    private readonly Counter<long> _rateLimitRejections;
    private readonly Counter<long> _databaseUnavailable;

    public ServiceCounters(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _rateLimitRejections = meter.CreateCounter<long>(
            "resource.rate_limit.rejections", description: "Requests refused with 429 because their client was over its budget.");
        _databaseUnavailable = meter.CreateCounter<long>(
            "resource.database.unavailable", description: "Requests answered 503 because the database was unavailable, by exception type.");
    }

    public void RateLimitRejected() => _rateLimitRejections.Add(1);

    public void DatabaseUnavailable(string exceptionType) =>
        _databaseUnavailable.Add(1, new KeyValuePair<string, object?>("error.type", exceptionType));
}
