using Microsoft.Data.Sqlite;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ResourceService.Infrastructure.Persistence;

/// <summary>Recognises a duplicate-key failure, whatever the engine.</summary>
internal static class UniqueViolation
{
    // SQLITE_CONSTRAINT_PRIMARYKEY and SQLITE_CONSTRAINT_UNIQUE; other constraint failures are not duplicates.
    private const int SqlitePrimaryKey = 1555;
    private const int SqliteUnique = 2067;

    public static bool Is(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqlitePrimaryKey or SqliteUnique,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        SqlException sqlServer => sqlServer.Number is 2601 or 2627,
        _ => false,
    };
}
