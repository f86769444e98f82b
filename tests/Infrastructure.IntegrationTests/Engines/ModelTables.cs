using Microsoft.EntityFrameworkCore;
using ResourceService.Infrastructure.Persistence;

namespace ResourceService.Infrastructure.IntegrationTests.Engines;

internal static class ModelTables
{
    /// <summary>The tables of the service's EF model on the given engine.</summary>
    public static IReadOnlyList<string> Names(DatabaseProvider provider, string connectionString)
    {
        using var db = TestDatabases.CreateContext(provider, connectionString);
        return db.Model.GetEntityTypes()
            .Select(entity => entity.GetTableName())
            .OfType<string>()
            .Distinct()
            .ToList();
    }
}
