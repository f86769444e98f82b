using Microsoft.EntityFrameworkCore;
using ResourceService.Application.Common;
using ResourceService.Domain.Common;

namespace ResourceService.Infrastructure.Persistence;

internal sealed class UnitOfWork(AppDbContext db) : IUnitOfWork
{
    public async Task<Result<Success>> SaveChangesAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return default(Success);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Error.Conflict("concurrency_conflict", "Another request changed this data first; read it again and retry.");
        }
    }

    public Task<Result<T>> InTransactionAsync<T>(Func<CancellationToken, Task<Result<T>>> work, CancellationToken cancellationToken)
    {
        // The engine's execution strategy may run the whole transaction again after a transient failure,
        // so each attempt starts from a clean change tracker.
        var strategy = db.Database.CreateExecutionStrategy();
        return strategy.ExecuteAsync(async token =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            var result = await work(token);
            if (result.IsSuccess)
            {
                await transaction.CommitAsync(token);
            }

            return result;
        }, cancellationToken);
    }
}
