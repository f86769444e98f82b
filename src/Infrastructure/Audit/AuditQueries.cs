using Microsoft.EntityFrameworkCore;
using ResourceService.Application.Audit;
using ResourceService.Application.Audit.ListAuditEntries;
using ResourceService.Domain.Audit;

namespace ResourceService.Infrastructure.Audit;

/// <summary>Reads the tenant's entries newest first by id, each page by one index range (no cache: entries only grow).</summary>
internal sealed class AuditQueries(AuditDbContext db) : IAuditQueries
{
    public async Task<AuditPage> ListAsync(AuditListCriteria criteria, CancellationToken cancellationToken)
    {
        var matching = db.Set<AuditEntry>().AsNoTracking();
        if (criteria.EntityType is { } type)
        {
            matching = matching.Where(entry => entry.EntityType == type);
        }

        if (criteria.EntityId is { } id)
        {
            matching = matching.Where(entry => entry.EntityId == id);
        }

        var page = matching.OrderByDescending(entry => entry.Id).AsQueryable();
        if (criteria.AfterId is { } after)
        {
            page = page.Where(entry => entry.Id < after);
        }
        else if (criteria.Page is { } number)
        {
            page = page.Skip((number - 1) * criteria.PageSize);
        }

        var rows = await page.Take(criteria.PageSize + 1).ToListAsync(cancellationToken);
        var counted = await matching.Take(ListAuditEntriesRules.MaxExactCount + 1).CountAsync(cancellationToken);
        return new AuditPage(
            [.. rows.Take(criteria.PageSize).Select(Response)],
            HasMore: rows.Count > criteria.PageSize,
            TotalCount: Math.Min(counted, ListAuditEntriesRules.MaxExactCount),
            TotalCountExact: counted <= ListAuditEntriesRules.MaxExactCount);
    }

    private static AuditEntryResponse Response(AuditEntry entry) =>
        new(entry.Id, entry.EntityType, entry.EntityId, entry.Action.ToString().ToLowerInvariant(), entry.Subject, entry.OccurredAt,
            entry.NameBefore, entry.NameAfter);
}
