namespace ResourceService.Application.Common.Idempotency;

/// <summary>
/// A request that a caller may send with an <c>Idempotency-Key</c>: <see cref="IdempotentUseCase{TRequest,TResponse}"/>
/// runs it once per key and answers a retry with the stored response. Any module's create can opt in by implementing it.
/// </summary>
public interface IIdempotentRequest
{
    /// <summary>The caller's key, or null to run the request without idempotency.</summary>
    string? IdempotencyKey { get; }
}
