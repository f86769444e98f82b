using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;
using ResourceService.Application.Common;

namespace ResourceService.Infrastructure.Persistence;

/// <summary>
/// The engines' own word on transient failures (<see cref="DbException.IsTransient"/>, which Npgsql sets), timeouts,
/// retries that ran out, SQLite's busy and locked answers, and SQL Server's timeout and connection errors — neither
/// of those two providers marks them transient.
/// </summary>
internal sealed class DatabaseFailures : IDatabaseFailures
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    // -2 command timeout; 53, 40, 64, 233, 10053, 10054, 10060, 11001: the server could not be reached or dropped
    // the connection; 4060 the database is offline; 40613 an Azure SQL database is not available right now.
    private static readonly HashSet<int> SqlServerUnavailable = [-2, 40, 53, 64, 233, 4060, 10053, 10054, 10060, 11001, 40613];

    public bool IsUnavailable(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is TimeoutException
                or RetryLimitExceededException
                or DbException { IsTransient: true }
                or SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked }
                || (current is SqlException sqlServer && SqlServerUnavailable.Contains(sqlServer.Number)))
            {
                return true;
            }
        }

        return false;
    }
}
