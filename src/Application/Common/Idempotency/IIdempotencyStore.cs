namespace ResourceService.Application.Common.Idempotency;

public enum ClaimOutcome
{
    /// <summary>The key is this request's now; run it, then complete or release the claim.</summary>
    Claimed,

    /// <summary>The same request ran to completion before; answer its stored response.</summary>
    Completed,

    /// <summary>The same key is held by a request that is still running.</summary>
    InProgress,

    /// <summary>The key was used for a different request.</summary>
    Mismatch,
}

/// <param name="Response">The stored response of a completed request, as JSON.</param>
/// <param name="LeasedUntil">For a claim this request won: until when it holds the key.</param>
public sealed record IdempotencyClaim(
    ClaimOutcome Outcome, string Scope, string Key, string? Response = null, DateTime? LeasedUntil = null);

/// <summary>Remembers idempotency keys per caller, so that a retried request runs once.</summary>
public interface IIdempotencyStore
{
    /// <summary>Claims the key for this request, committed at once so that concurrent retries see it.</summary>
    Task<IdempotencyClaim> ClaimAsync(string scope, string key, string requestHash, CancellationToken cancellationToken);

    /// <summary>Stores the response; runs inside the transaction that commits the request's own changes.</summary>
    /// <returns>False when the lease ran out and a retry took the key over: this request must not commit.</returns>
    Task<bool> CompleteAsync(IdempotencyClaim claim, string response, CancellationToken cancellationToken);

    /// <summary>Gives the key up after the request failed, so that a corrected retry may use it.</summary>
    Task ReleaseAsync(IdempotencyClaim claim, CancellationToken cancellationToken);
}
