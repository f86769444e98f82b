using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ResourceService.Infrastructure.Persistence;

/// <summary>
/// Sets SQLite's <c>synchronous</c> pragma, which belongs to a connection rather than to the file, each time a
/// connection is opened. In write-ahead-log mode, NORMAL keeps every committed transaction across a killed
/// process and the file consistent across a power loss, which may undo the last commits (ADR 0022).
/// </summary>
internal sealed class SqliteSynchronousMode(SqliteSynchronous mode) : DbConnectionInterceptor
{
    private readonly string _pragma = $"PRAGMA synchronous = {mode.ToString().ToUpperInvariant()};";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = _pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _pragma;
        command.ExecuteNonQuery();
    }
}
