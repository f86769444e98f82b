using Microsoft.EntityFrameworkCore;

namespace ResourceService.Architecture.Tests.Violations.Endpoints.Orders;

/// <summary>An endpoint that counts rows through a DbContext instead of calling a use case.</summary>
public static class CountingEndpoint
{
    public static Task<int> CountAsync(DbContext db, CancellationToken cancellationToken) =>
        db.Database.SqlQueryRaw<int>("SELECT COUNT(*) FROM orders").SingleAsync(cancellationToken);
}

/// <summary>An endpoint that stays behind its use case.</summary>
public static class UseCaseEndpoint
{
    public static Task<int> CountAsync(Func<CancellationToken, Task<int>> countOrders, CancellationToken cancellationToken) =>
        countOrders(cancellationToken);
}
