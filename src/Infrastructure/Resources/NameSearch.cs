using Microsoft.EntityFrameworkCore;
using ResourceService.Domain.Resources;
using ResourceService.Infrastructure.Persistence;

namespace ResourceService.Infrastructure.Resources;

/// <summary>
/// Finds the resources whose name key contains a text, through each engine's own substring index where it has one
/// (ADR 0021): PostgreSQL answers <c>LIKE '%text%'</c> from a pg_trgm GIN index; SQLite looks a text of three or
/// more characters up in its FTS5 trigram table first and, when few rows match, reads only those; SQL Server has
/// no substring index and scans the name index in list order, which a page's LIMIT cuts short when matches are common.
/// </summary>
internal sealed class NameSearch(AppDbContext db)
{
    /// <summary>Up to this many rows found in SQLite's search table are read by id; more are found by the ordered scan.</summary>
    private const int IndexedMatchLimit = 1000;

    private const int TrigramLength = 3;
    private const char LikeEscape = '\\';

    public async Task<IQueryable<Resource>> MatchingAsync(IQueryable<Resource> resources, string nameKey, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            var pattern = $"%{EscapeLike(nameKey)}%";
            return resources.Where(resource => EF.Functions.Like(resource.NameKey, pattern, LikeEscape.ToString()));
        }

        var contains = resources.Where(resource => resource.NameKey.Contains(nameKey));
        if (!db.Database.IsSqlite() || nameKey.Length < TrigramLength)
        {
            return contains;
        }

        var phrase = $"\"{nameKey.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
        var ids = await db.Database
            .SqlQuery<int>($"SELECT rowid AS \"Value\" FROM resource_name_search WHERE resource_name_search MATCH {phrase} LIMIT {IndexedMatchLimit + 1}")
            .ToListAsync(cancellationToken);
        return ids.Count <= IndexedMatchLimit ? contains.Where(resource => ids.Contains(resource.Id)) : contains;
    }

    private static string EscapeLike(string text) => text
        .Replace(@"\", @"\\", StringComparison.Ordinal)
        .Replace("%", @"\%", StringComparison.Ordinal)
        .Replace("_", @"\_", StringComparison.Ordinal);
}
