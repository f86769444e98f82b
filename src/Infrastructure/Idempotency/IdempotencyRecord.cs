namespace ResourceService.Infrastructure.Idempotency;

/// <summary>One caller's use of one idempotency key: who, for which request, and what it answered.</summary>
internal sealed class IdempotencyRecord
{
    public required string Scope { get; init; }

    public required string Key { get; init; }

    public required string RequestHash { get; set; }

    /// <summary>The stored response as JSON; null while the request is still running.</summary>
    public string? Response { get; set; }

    /// <summary>Until when the running request holds the key; a retry after this takes it over.</summary>
    public DateTime LockedUntil { get; set; }

    public DateTime ExpiresAt { get; set; }
}
