using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ResourceService.Infrastructure.Persistence;

/// <summary>
/// The few facts of SQL that differ by engine and that the shared model conventions need, read from the context's
/// provider so that no module's context has to repeat them for each engine.
/// </summary>
/// <param name="UtcNowSql">The engine's SQL for the current UTC time, the default of every <c>created_at</c> column.</param>
/// <param name="OrdinalCollation">The engine's binary (code point) collation, or null where that is already the default.</param>
internal sealed record EngineDialect(string UtcNowSql, string? OrdinalCollation)
{
    private static readonly EngineDialect Sqlite = new("CURRENT_TIMESTAMP", null);
    private static readonly EngineDialect SqlServer = new("SYSUTCDATETIME()", "Latin1_General_100_BIN2");
    private static readonly EngineDialect PostgreSql = new("now()", "C");

    public static EngineDialect Of(DatabaseFacade database) =>
        database.IsSqlite() ? Sqlite
        : database.IsSqlServer() ? SqlServer
        : database.IsNpgsql() ? PostgreSql
        : throw new InvalidOperationException($"The provider {database.ProviderName} is not supported.");
}
