using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ResourceService.Infrastructure.Persistence;

/// <summary>
/// SQLite takes one writer at a time, and a writer that finds the file locked sleeps and polls (ADR 0022). The service
/// queues its own writers here instead, so each starts the moment the previous one commits; the server engines, whose
/// writers do not block each other so, pass straight through.
/// </summary>
internal sealed class WriteGate(bool serializeWrites)
{
    private readonly SemaphoreSlim? _writer = serializeWrites ? new SemaphoreSlim(1, 1) : null;

    /// <summary>Waits for the turn to write, unless the context already writes inside a transaction that holds it.</summary>
    /// <returns>What gives the turn back when disposed; null when there was nothing to wait for.</returns>
    public async ValueTask<IDisposable?> EnterAsync(DatabaseFacade database, CancellationToken cancellationToken)
    {
        if (_writer is null || database.CurrentTransaction is not null)
        {
            return null;
        }

        await _writer.WaitAsync(cancellationToken);
        return new Turn(_writer);
    }

    private sealed class Turn(SemaphoreSlim writer) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                writer.Release();
            }
        }
    }
}
