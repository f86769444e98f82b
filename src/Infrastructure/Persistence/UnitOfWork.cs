using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using ResourceService.Application.Common;
using ResourceService.Domain.Common;
using ResourceService.Infrastructure.Caching;

namespace ResourceService.Infrastructure.Persistence;

/// <summary>
/// Commits a use case's changes and, once they are committed, invalidates the cached reads they made stale: the
/// region of each tenant-owned row written and the lists of its type (ADR 0020). Inside a transaction the
/// invalidation waits for the commit, so that no reader can cache the old data again in between.
/// </summary>
internal sealed class UnitOfWork(AppDbContext db, IReadCache cache, WriteGate gate) : IUnitOfWork
{
    private readonly List<CacheRegion> _committing = [];

    public async Task<Result<Success>> SaveChangesAsync(CancellationToken cancellationToken)
    {
        var written = TenantOwnedChanges();
        var stale = written.Where(entry => entry.State != EntityState.Added).SelectMany(Regions).ToList();
        var added = written.Where(entry => entry.State == EntityState.Added).ToList();
        try
        {
            using (await gate.EnterAsync(db.Database, cancellationToken))
            {
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Error.Conflict("concurrency_conflict", "Another request changed this data first; read it again and retry.");
        }

        stale.AddRange(added.SelectMany(Regions));
        if (db.Database.CurrentTransaction is null)
        {
            Invalidate(stale);
        }
        else
        {
            _committing.AddRange(stale);
        }

        return default(Success);
    }

    public Task<Result<T>> InTransactionAsync<T>(Func<CancellationToken, Task<Result<T>>> work, CancellationToken cancellationToken)
    {
        // The engine's execution strategy may run the whole transaction again after a transient failure,
        // so each attempt starts from a clean change tracker.
        var strategy = db.Database.CreateExecutionStrategy();
        return strategy.ExecuteAsync(async token =>
        {
            db.ChangeTracker.Clear();
            _committing.Clear();
            using var turn = await gate.EnterAsync(db.Database, token);
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            var result = await work(token);
            if (result.IsSuccess)
            {
                await transaction.CommitAsync(token);
                Invalidate(_committing);
            }

            _committing.Clear();
            return result;
        }, cancellationToken);
    }

    private List<EntityEntry> TenantOwnedChanges() =>
        db.ChangeTracker.Entries()
            .Where(entry => entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted &&
                entry.Metadata.FindProperty(TenantOwnership.Property) is not null)
            .ToList();

    // An added row's regions are read after the save, when it has its generated key and its tenant.
    private static IEnumerable<CacheRegion> Regions(EntityEntry entry)
    {
        var type = entry.Metadata.ClrType.Name;
        var tenant = (string)entry.Property(TenantOwnership.Property).CurrentValue!;
        var key = entry.Metadata.FindPrimaryKey()!.Properties.Select(property => entry.Property(property.Name).CurrentValue);
        yield return CacheRegion.Entity(type, tenant, string.Join(',', key));
        yield return CacheRegion.Lists(type, tenant);
    }

    private void Invalidate(IEnumerable<CacheRegion> regions)
    {
        foreach (var region in regions)
        {
            cache.Invalidate(region);
        }
    }
}
