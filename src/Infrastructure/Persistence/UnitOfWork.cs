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
}
