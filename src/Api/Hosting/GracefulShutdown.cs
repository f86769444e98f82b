using Microsoft.Extensions.Diagnostics.HealthChecks;
using ResourceService.Api.Observability;

namespace ResourceService.Api.Hosting;

/// <summary>
/// SIGTERM: readiness answers 503 at once, the service keeps serving for <see cref="ShutdownOptions.DelaySeconds"/>,
/// then Kestrel stops listening and lets running requests finish within <see cref="ShutdownOptions.DrainSeconds"/>;
/// the process then exits 0 (ADR 0031).
/// </summary>
internal static class GracefulShutdown
{
    public const string CheckName = "shutdown";

    public static IServiceCollection AddGracefulShutdown(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(ShutdownOptions.Section).Get<ShutdownOptions>() ?? new ShutdownOptions();
        if (options.DelaySeconds < 0 || options.DrainSeconds < 0)
        {
            throw new InvalidOperationException("Shutdown:DelaySeconds and Shutdown:DrainSeconds must be 0 or more.");
        }

        // The host's one budget for stopping covers both phases; past it, remaining requests are cut off.
        services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(options.DelaySeconds + options.DrainSeconds));
        services.AddHostedService(provider => new ShutdownDelay(TimeSpan.FromSeconds(options.DelaySeconds), provider.GetRequiredService<TimeProvider>()));
        services.AddHealthChecks().AddCheck<StoppingCheck>(CheckName, tags: [ReadinessCache.ReadyTag, ReadinessCache.UncachedTag]);
        return services;
    }

    /// <summary>Unready from the moment the host is asked to stop.</summary>
    private sealed class StoppingCheck(IHostApplicationLifetime lifetime) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(lifetime.ApplicationStopping.IsCancellationRequested
                ? HealthCheckResult.Unhealthy("The service is shutting down.")
                : HealthCheckResult.Healthy());
    }

    /// <summary>
    /// Runs before any hosted service stops — the web server included, which the host stops last — so the server keeps
    /// accepting requests for the delay while readiness already says 503.
    /// </summary>
    private sealed class ShutdownDelay(TimeSpan delay, TimeProvider clock) : IHostedLifecycleService
    {
        public Task StoppingAsync(CancellationToken cancellationToken) =>
            delay > TimeSpan.Zero ? Task.Delay(delay, clock, cancellationToken) : Task.CompletedTask;

        public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
