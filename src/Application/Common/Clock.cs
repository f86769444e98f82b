namespace ResourceService.Application.Common;

public static class Clock
{
    /// <summary>
    /// The current UTC time cut to whole microseconds, the finest precision every supported engine stores,
    /// so that what a write answers and what a later read returns are the same instant.
    /// </summary>
    public static DateTime UtcNow(this TimeProvider clock)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
    }
}
