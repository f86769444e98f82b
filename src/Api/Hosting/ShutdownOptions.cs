namespace ResourceService.Api.Hosting;

/// <summary>The <c>Shutdown</c> settings: how the service stops on SIGTERM (ADR 0031).</summary>
public sealed class ShutdownOptions
{
    public const string Section = "Shutdown";

    /// <summary>
    /// How long the service keeps serving after SIGTERM while <c>/health/ready</c> already answers 503, so that a load
    /// balancer stops sending it traffic before it stops listening. 0 (the default) stops listening at once; behind a
    /// load balancer or in Kubernetes, set it to a little more than the probe interval (e.g. 5).
    /// </summary>
    public int DelaySeconds { get; set; }

    /// <summary>How long requests already running may take to finish once the service stops listening.</summary>
    public int DrainSeconds { get; set; } = 30;
}
