namespace ResourceService.Api.Security;

/// <summary>
/// Whether the clients' budgets are counted in Redis right now, and where a failed count is reported: the read cache's
/// view of Redis, handed over by the composition root, so that one failure makes both skip Redis (ADR 0038) and the
/// switch is logged once, not once per request.
/// </summary>
internal sealed class SharedBudgets(Func<bool> isAvailable, Action reportFailure, TimeSpan timeout)
{
    /// <summary>The longest a count may wait on Redis (<c>Redis:TimeoutMilliseconds</c>).</summary>
    public TimeSpan Timeout => timeout;

    public bool UseShared => isAvailable();

    public void Failed() => reportFailure();
}
