using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ResourceService.Domain.Common;

namespace ResourceService.Application.Common.Idempotency;

/// <summary>
/// Makes a request with an idempotency key run once: a retry with the same key and body gets the first answer again
/// (the response as stored JSON), even when the two race. Applies to every use case whose request implements
/// <see cref="IIdempotentRequest"/>; it runs the use case and the completion of the key in one transaction.
/// </summary>
[DecoratorOrder(100)]
internal sealed class IdempotentUseCase<TRequest, TResponse>(
    IUseCase<TRequest, TResponse> inner, IIdempotencyStore store, IUnitOfWork unitOfWork, ICurrentUser user)
    : IUseCase<TRequest, TResponse>
    where TRequest : IIdempotentRequest
{
    public async Task<Result<TResponse>> ExecuteAsync(TRequest request, CancellationToken cancellationToken)
    {
        if (request.IdempotencyKey is not { } key)
        {
            return await inner.ExecuteAsync(request, cancellationToken);
        }

        if (IdempotencyKey.Validate(key) is { } invalid)
        {
            return invalid;
        }

        var claim = await store.ClaimAsync(CallerScope(), key, RequestHash(request), cancellationToken);
        return claim.Outcome switch
        {
            ClaimOutcome.Claimed => await RunOnceAsync(request, claim, cancellationToken),
            ClaimOutcome.Completed => JsonSerializer.Deserialize<TResponse>(claim.Response!)!,
            ClaimOutcome.InProgress => Error.Conflict(
                "idempotency_key_in_use", "A request with this Idempotency-Key is still running; retry shortly."),
            _ => Error.Unprocessable(
                "idempotency_key_reused", "This Idempotency-Key was used for a different request."),
        };
    }

    private async Task<Result<TResponse>> RunOnceAsync(TRequest request, IdempotencyClaim claim, CancellationToken cancellationToken)
    {
        Result<TResponse> result;
        try
        {
            result = await unitOfWork.InTransactionAsync(token => RunAndCompleteAsync(request, claim, token), cancellationToken);
        }
        catch
        {
            await store.ReleaseAsync(claim, CancellationToken.None);
            throw;
        }

        if (!result.IsSuccess)
        {
            await store.ReleaseAsync(claim, CancellationToken.None);
        }

        return result;
    }

    private async Task<Result<TResponse>> RunAndCompleteAsync(TRequest request, IdempotencyClaim claim, CancellationToken cancellationToken)
    {
        var done = await inner.ExecuteAsync(request, cancellationToken);
        if (!done.IsSuccess)
        {
            return done;
        }

        var completed = await store.CompleteAsync(claim, JsonSerializer.Serialize(done.Value), cancellationToken);
        return completed
            ? done
            : Error.Conflict("idempotency_lease_lost", "This request outran its hold on the Idempotency-Key; retry it.");
    }

    // The request's type and every field but the key: the same key sent to another use case, or with another
    // body, is a different request.
    private static string RequestHash(TRequest request)
    {
        var fields = JsonSerializer.SerializeToNode(request, request.GetType())!.AsObject();
        fields.Remove(nameof(IIdempotentRequest.IdempotencyKey));
        return Sha256($"{request.GetType().FullName}\0{fields.ToJsonString()}");
    }

    // Keys belong to one caller of one tenant; the store keeps a digest, not the caller's identity.
    private string CallerScope() => Sha256($"{user.TenantId}\0{user.Subject}");

    private static string Sha256(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
