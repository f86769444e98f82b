using ResourceService.Application.Audit;
using ResourceService.Domain.Audit;
using ResourceService.Infrastructure.Persistence;

namespace ResourceService.Infrastructure.Audit;

/// <summary>
/// Saves each entry on the scope's connection, in the transaction the unit of work has open: it commits or rolls back
/// with the change it records. Inside that transaction the unit of work already holds SQLite's write turn. Each entry
/// is tracked alone: an entry of an attempt that failed (or was rolled back and retried) is never saved a second time.
/// </summary>
internal sealed class AuditTrail(AuditDbContext db, WriteGate gate) : IAuditTrail
{
    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        db.Add(entry);
        using (await gate.EnterAsync(db.Database, cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
