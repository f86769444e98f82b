using Microsoft.EntityFrameworkCore;
using ResourceService.Application.Common;
using ResourceService.Application.Common.Idempotency;
using ResourceService.Infrastructure.Persistence;

namespace ResourceService.Infrastructure.Idempotency;

internal sealed class IdempotencyStore(AppDbContext db, TimeProvider clock, WriteGate gate) : IIdempotencyStore
{
    // A claim can lose to a release between its insert and its read; after this many rounds it reports the
    // key as busy rather than trying for ever.
    private const int ClaimRounds = 3;

    public async Task<IdempotencyClaim> ClaimAsync(string scope, string key, string requestHash, CancellationToken cancellationToken)
    {
        for (var round = 0; round < ClaimRounds; round++)
        {
            var now = clock.UtcNow();
            var lease = now + IdempotencyKey.Lease;
            if (await TryInsertAsync(scope, key, requestHash, now, lease, cancellationToken))
            {
                return new IdempotencyClaim(ClaimOutcome.Claimed, scope, key, LeasedUntil: lease);
            }

            var existing = await Records(scope, key).AsNoTracking().SingleOrDefaultAsync(cancellationToken);
            if (existing is not null)
            {
                return await Decide(existing, requestHash, now, lease, cancellationToken);
            }
        }

        return new IdempotencyClaim(ClaimOutcome.InProgress, scope, key);
    }

    private async Task<IdempotencyClaim> Decide(
        IdempotencyRecord existing, string requestHash, DateTime now, DateTime lease, CancellationToken cancellationToken)
    {
        var (scope, key) = (existing.Scope, existing.Key);
        var abandoned = existing.ExpiresAt <= now || (existing.Response is null && existing.LockedUntil <= now);
        if (abandoned)
        {
            return await TakeOverAsync(existing, requestHash, now, lease, cancellationToken)
                ? new IdempotencyClaim(ClaimOutcome.Claimed, scope, key, LeasedUntil: lease)
                : new IdempotencyClaim(ClaimOutcome.InProgress, scope, key);
        }

        if (existing.RequestHash != requestHash)
        {
            return new IdempotencyClaim(ClaimOutcome.Mismatch, scope, key);
        }

        return existing.Response is null
            ? new IdempotencyClaim(ClaimOutcome.InProgress, scope, key)
            : new IdempotencyClaim(ClaimOutcome.Completed, scope, key, existing.Response);
    }

    // Completes only the claim this request still holds: a retry that took the key over changed the lease.
    public async Task<bool> CompleteAsync(IdempotencyClaim claim, string response, CancellationToken cancellationToken) =>
        await Records(claim.Scope, claim.Key)
            .Where(record => record.Response == null && record.LockedUntil == claim.LeasedUntil)
            .ExecuteUpdateAsync(setters => setters.SetProperty(record => record.Response, response), cancellationToken) == 1;

    // Releases only the claim this request still holds, never a retry's that took the key over.
    public async Task ReleaseAsync(IdempotencyClaim claim, CancellationToken cancellationToken)
    {
        using (await gate.EnterAsync(db.Database, cancellationToken))
        {
            await Records(claim.Scope, claim.Key)
                .Where(record => record.Response == null && record.LockedUntil == claim.LeasedUntil)
                .ExecuteDeleteAsync(cancellationToken);
        }
    }

    private IQueryable<IdempotencyRecord> Records(string scope, string key) =>
        db.Set<IdempotencyRecord>().Where(record => record.Scope == scope && record.Key == key);

    private async Task<bool> TryInsertAsync(
        string scope, string key, string requestHash, DateTime now, DateTime lease, CancellationToken cancellationToken)
    {
        var record = new IdempotencyRecord
        {
            Scope = scope,
            Key = key,
            RequestHash = requestHash,
            LockedUntil = lease,
            ExpiresAt = now + IdempotencyKey.Retention,
        };
        db.Add(record);
        try
        {
            using (await gate.EnterAsync(db.Database, cancellationToken))
            {
                await db.SaveChangesAsync(cancellationToken);
            }

            return true;
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            return false;
        }
        finally
        {
            db.Entry(record).State = EntityState.Detached;
        }
    }

    // Only one of several racing retries wins: the update matches the row as it was read.
    private async Task<bool> TakeOverAsync(
        IdempotencyRecord existing, string requestHash, DateTime now, DateTime lease, CancellationToken cancellationToken)
    {
        using var turn = await gate.EnterAsync(db.Database, cancellationToken);
        var updated = await Records(existing.Scope, existing.Key)
            .Where(record => record.LockedUntil == existing.LockedUntil && record.ExpiresAt == existing.ExpiresAt)
            .ExecuteUpdateAsync(setters => setters
                .SetProperty(record => record.RequestHash, requestHash)
                .SetProperty(record => record.Response, (string?)null)
                .SetProperty(record => record.LockedUntil, lease)
                .SetProperty(record => record.ExpiresAt, now + IdempotencyKey.Retention), cancellationToken);
        return updated == 1;
    }
}
