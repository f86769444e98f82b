using ResourceService.Domain.Common;

namespace ResourceService.Application.Common.Idempotency;

/// <summary>The rules of a client's <c>Idempotency-Key</c> header value.</summary>
public static class IdempotencyKey
{
    public const string Header = "Idempotency-Key";
    public const int MaxLength = 255;

    /// <summary>How long a completed request can be replayed by sending its key again.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    /// <summary>How long a request may hold its key before a retry may take it over (the first one died).</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    public static Error? Validate(string key) =>
        key.Length is 0 or > MaxLength || key.Any(c => c is < '!' or > '~')
            ? Error.Validation(Header, $"The key must be 1 to {MaxLength} visible ASCII characters.")
            : null;
}
