namespace ResourceService.Infrastructure.Caching;

/// <summary>The <c>Caching</c> settings of the read cache.</summary>
public sealed class CachingOptions
{
    public const string Section = "Caching";

    /// <summary>How long an entry is kept when no write makes it stale first, in seconds.</summary>
    public int DurationSeconds { get; set; } = 300;

    /// <summary>The total weight of the entries kept (one per resource, one per row of a list page).</summary>
    public long SizeLimit { get; set; } = 50_000;

    /// <summary>
    /// With Redis configured but unavailable: how long an entry is kept in this instance's memory, in seconds — the
    /// longest another instance's write can go unseen here until Redis returns (ADR 0037).
    /// </summary>
    public int DegradedDurationSeconds { get; set; } = 2;
}
