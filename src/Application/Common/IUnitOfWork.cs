using ResourceService.Domain.Common;

namespace ResourceService.Application.Common;

/// <summary>Commits the changes of one use case; a write is acknowledged only after this succeeds.</summary>
public interface IUnitOfWork
{
    /// <returns>A conflict error when another writer changed the same data first.</returns>
    Task<Result<Success>> SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>Runs the work in one transaction that commits only if the work succeeds.</summary>
    Task<Result<T>> InTransactionAsync<T>(Func<CancellationToken, Task<Result<T>>> work, CancellationToken cancellationToken);
}
