using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace ResourceService.Api.Observability;

/// <summary>
/// However often <c>/health/ready</c> is called — by every load balancer and orchestrator, or by an attacker — each
/// readiness check runs at most once per <see cref="Lifetime"/>: callers within that time, and callers arriving while a
/// probe runs, share its result. So the database sees at most one probe per second from this instance.
/// </summary>
internal sealed class ReadinessCache(TimeProvider clock) : IPostConfigureOptions<HealthCheckServiceOptions>
{
    public const string ReadyTag = "ready";

    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(1);

    /// <summary>Checks with this tag are cheap and must answer at once (the shutdown check): never cached.</summary>
    public const string UncachedTag = "uncached";

    public void PostConfigure(string? name, HealthCheckServiceOptions options)
    {
        foreach (var registration in options.Registrations.Where(r => r.Tags.Contains(ReadyTag) && !r.Tags.Contains(UncachedTag)))
        {
            var create = registration.Factory;
            var probe = new SharedProbe(clock);
            registration.Factory = services => new CachedCheck(create(services), probe);
        }
    }

    private sealed class CachedCheck(IHealthCheck check, SharedProbe probe) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            probe.ResultAsync(check, context, cancellationToken);
    }

    /// <summary>The last probe of one check and when it started; one instance per registration, for the app's life.</summary>
    private sealed class SharedProbe(TimeProvider clock)
    {
        private readonly Lock _gate = new();
        private Task<HealthCheckResult>? _last;
        private long _startedAt;

        public Task<HealthCheckResult> ResultAsync(IHealthCheck check, HealthCheckContext context, CancellationToken cancellationToken)
        {
            Task<HealthCheckResult> current;
            lock (_gate)
            {
                if (_last is null || clock.GetElapsedTime(_startedAt) >= Lifetime)
                {
                    _startedAt = clock.GetTimestamp();
                    // Not the caller's token: a caller that gives up must not cancel the probe others wait for. The
                    // probe is bounded anyway by the check's own timeout (the database command timeout).
                    _last = check.CheckHealthAsync(context, CancellationToken.None);
                }

                current = _last;
            }

            return current.WaitAsync(cancellationToken);
        }
    }
}
