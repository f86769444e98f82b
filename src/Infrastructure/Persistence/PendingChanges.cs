using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ResourceService.Infrastructure.Persistence;

/// <summary>
/// A use case's tracked changes as they stood before the unit of work's own transaction, so that an attempt the
/// execution strategy runs again starts from them: the first attempt's saves accepted them (its handlers' writes
/// needed the ids), and what its handlers added is dropped, since they run again.
/// </summary>
internal sealed class PendingChanges
{
    private readonly HashSet<object> _tracked;
    private readonly List<Pending> _pending;

    private PendingChanges(HashSet<object> tracked, List<Pending> pending) => (_tracked, _pending) = (tracked, pending);

    public static PendingChanges Of(DbContext db)
    {
        var entries = db.ChangeTracker.Entries().ToList();
        var pending = entries
            .Where(entry => entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(entry => new Pending(entry.Entity, entry.State, entry.OriginalValues.Clone(),
                entry.Properties.Where(property => property.IsModified).Select(property => property.Metadata.Name).ToList()))
            .ToList();
        return new PendingChanges(entries.Select(entry => entry.Entity).ToHashSet(ReferenceEqualityComparer.Instance), pending);
    }

    public void Restore(DbContext db)
    {
        foreach (var entry in db.ChangeTracker.Entries().Where(entry => !_tracked.Contains(entry.Entity)).ToList())
        {
            entry.State = EntityState.Detached;
        }

        foreach (var pending in _pending)
        {
            Restore(db.Entry(pending.Entity), pending);
        }
    }

    private static void Restore(EntityEntry entry, Pending pending)
    {
        if (pending.State == EntityState.Added)
        {
            // Inserted again with a fresh key: the one the failed attempt was given belongs to a rolled-back row.
            entry.State = EntityState.Detached;
            foreach (var key in entry.Metadata.FindPrimaryKey()!.Properties.Where(key => key.ValueGenerated != Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never))
            {
                entry.Property(key.Name).CurrentValue = key.ClrType.IsValueType ? Activator.CreateInstance(key.ClrType) : null;
            }

            entry.State = EntityState.Added;
            return;
        }

        entry.State = EntityState.Unchanged;
        entry.OriginalValues.SetValues(pending.Original);
        if (pending.State == EntityState.Deleted)
        {
            entry.State = EntityState.Deleted;
            return;
        }

        foreach (var name in pending.Modified)
        {
            entry.Property(name).IsModified = true;
        }
    }

    private sealed record Pending(object Entity, EntityState State, PropertyValues Original, List<string> Modified);
}
