using System.Data.Common;
using Microsoft.Data.Sqlite;
using ResourceService.Application.Common;

namespace ResourceService.Infrastructure.Persistence;

/// <summary>
/// The engines' own word on transient failures (<see cref="DbException.IsTransient"/>), timeouts, and SQLite's
/// busy and locked answers, which its provider does not mark transient: a writer waited out the command timeout.
/// </summary>
internal sealed class DatabaseFailures : IDatabaseFailures
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    public bool IsUnavailable(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is TimeoutException
                or DbException { IsTransient: true }
                or SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked })
            {
                return true;
            }
        }

        return false;
    }
}
