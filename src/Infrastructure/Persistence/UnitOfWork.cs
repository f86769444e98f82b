using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using ResourceService.Application.Common;
using ResourceService.Application.Common.Logging;
using ResourceService.Domain.Common;
using ResourceService.Infrastructure.Caching;

namespace ResourceService.Infrastructure.Persistence;

/// <summary>
/// Commits a use case's changes with what their domain events' handlers write (ADR 0033), and only once they are
/// committed invalidates the cached reads they made stale — the region of each tenant-owned row written and the lists
/// of its type (ADR 0020) — and hands the events over to be logged. Changes that raise events are saved in a
/// transaction, opened here when none is: saved first (ids assigned), then handled, then saved again, then committed.
/// </summary>
internal sealed class UnitOfWork(
    AppDbContext db, IReadCache cache, WriteGate gate, DomainEventDispatcher dispatcher, CommittedEvents committed) : IUnitOfWork
{
    private readonly List<CacheRegion> _staleOnCommit = [];
    private readonly List<IDomainEvent> _eventsOnCommit = [];
    private readonly HashSet<IDomainEvent> _dispatched = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<Entity> _raisers = [];

    public async Task<Result<Success>> SaveChangesAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (db.Database.CurrentTransaction is not null)
            {
                // The transaction's owner commits, and only then are the caches and the log told.
                await SaveAndHandleAsync(cancellationToken);
            }
            else if (RaisedEvents().Any())
            {
                await SaveInOwnTransactionAsync(cancellationToken);
                AfterCommit();
            }
            else
            {
                await SaveAndHandleAsync(cancellationToken);
                AfterCommit();
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            ForgetAttempt();
            return Error.Conflict("concurrency_conflict", "Another request changed this data first; read it again and retry.");
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
            ForgetAttempt();
            using var turn = await gate.EnterAsync(db.Database, token);
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            var result = await work(token);
            if (result.IsSuccess)
            {
                await transaction.CommitAsync(token);
                AfterCommit();
            }

            ForgetAttempt();
            return result;
        }, cancellationToken);
    }

    private async Task SaveInOwnTransactionAsync(CancellationToken cancellationToken)
    {
        var pending = PendingChanges.Of(db);
        var attempts = 0;
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async token =>
        {
            if (attempts++ > 0)
            {
                pending.Restore(db);
            }

            ForgetAttempt();
            using var turn = await gate.EnterAsync(db.Database, token);
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            await SaveAndHandleAsync(token);
            await transaction.CommitAsync(token);
        }, cancellationToken);
    }

    // Saves, then hands the events raised before that save to their handlers, and again while the handlers' changes
    // raise new ones. Events are read before each save, while a deleted row is still tracked.
    private async Task SaveAndHandleAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var raised = RaisedEvents().ToList();
            await SaveAsync(cancellationToken);
            if (raised.Count == 0)
            {
                return;
            }

            foreach (var (raiser, domainEvent) in raised)
            {
                _raisers.Add(raiser);
                _dispatched.Add(domainEvent);
                _eventsOnCommit.Add(domainEvent);
                await dispatcher.DispatchAsync(domainEvent, cancellationToken);
            }
        }
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        var written = TenantOwnedChanges();
        var stale = written.Where(entry => entry.State != EntityState.Added).SelectMany(Regions).ToList();
        var added = written.Where(entry => entry.State == EntityState.Added).ToList();
        using (await gate.EnterAsync(db.Database, cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        _staleOnCommit.AddRange(stale);
        _staleOnCommit.AddRange(added.SelectMany(Regions));
    }

    private IEnumerable<(Entity Raiser, IDomainEvent Event)> RaisedEvents() =>
        db.ChangeTracker.Entries<Entity>()
            .SelectMany(entry => entry.Entity.DomainEvents.Select(domainEvent => (entry.Entity, domainEvent)))
            .Where(raised => !_dispatched.Contains(raised.domainEvent));

    private void AfterCommit()
    {
        foreach (var region in _staleOnCommit)
        {
            cache.Invalidate(region);
        }

        foreach (var raiser in _raisers)
        {
            raiser.ClearDomainEvents();
        }

        committed.Add(_eventsOnCommit);
        ForgetAttempt();
    }

    private void ForgetAttempt()
    {
        _staleOnCommit.Clear();
        _eventsOnCommit.Clear();
        _dispatched.Clear();
        _raisers.Clear();
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
}
