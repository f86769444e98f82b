using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ResourceService.Application.Common;
using ResourceService.Application.Common.Idempotency;
using ResourceService.Domain.Common;

namespace ResourceService.Application.Resources.CreateResource;

/// <summary>
/// Makes a create with an idempotency key run once: a retry with the same key and body gets the first answer
/// again, even when the two race. Outermost, so that a replay is not logged as a second creation.
/// </summary>
[DecoratorOrder(100)]
internal sealed class IdempotentCreateResource(
    ICreateResource inner, IIdempotencyStore store, IUnitOfWork unitOfWork, ICurrentUser user) : ICreateResource
{
    public async Task<Result<ResourceResponse>> ExecuteAsync(CreateResourceCommand command, CancellationToken cancellationToken)
    {
        if (command.IdempotencyKey is not { } key)
        {
            return await inner.ExecuteAsync(command, cancellationToken);
        }

        if (IdempotencyKey.Validate(key) is { } invalid)
        {
            return invalid;
        }

        var claim = await store.ClaimAsync(CallerScope(), key, RequestHash(command), cancellationToken);
        return claim.Outcome switch
        {
            ClaimOutcome.Claimed => await RunOnceAsync(command, claim, cancellationToken),
            ClaimOutcome.Completed => JsonSerializer.Deserialize<ResourceResponse>(claim.Response!)!,
            ClaimOutcome.InProgress => Error.Conflict(
                "idempotency_key_in_use", "A request with this Idempotency-Key is still running; retry shortly."),
            _ => Error.Unprocessable(
                "idempotency_key_reused", "This Idempotency-Key was used for a different request."),
        };
    }

    private async Task<Result<ResourceResponse>> RunOnceAsync(
        CreateResourceCommand command, IdempotencyClaim claim, CancellationToken cancellationToken)
    {
        Result<ResourceResponse> result;
        try
        {
            result = await unitOfWork.InTransactionAsync(token => CreateAndCompleteAsync(command, claim, token), cancellationToken);
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

    private async Task<Result<ResourceResponse>> CreateAndCompleteAsync(
        CreateResourceCommand command, IdempotencyClaim claim, CancellationToken cancellationToken)
    {
        var created = await inner.ExecuteAsync(command with { IdempotencyKey = null }, cancellationToken);
        if (!created.IsSuccess)
        {
            return created;
        }

        var completed = await store.CompleteAsync(claim, JsonSerializer.Serialize(created.Value), cancellationToken);
        return completed
            ? created
            : Error.Conflict("idempotency_lease_lost", "This request outran its hold on the Idempotency-Key; retry it.");
    }

    private static string RequestHash(CreateResourceCommand command) => Sha256(command.Name ?? "\0null");

    // Keys belong to one caller of one tenant; the store keeps a digest, not the caller's identity.
    private string CallerScope() => Sha256($"{user.TenantId}\0{user.Subject}");

    private static string Sha256(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
