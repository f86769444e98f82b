namespace ResourceService.Application.Common;

/// <summary>Tells a failure of the database that may pass (unreachable, timed out, busy) from a bug.</summary>
public interface IDatabaseFailures
{
    /// <summary>True when the exception, or one it wraps, means the database is unavailable for now.</summary>
    bool IsUnavailable(Exception exception);
}
