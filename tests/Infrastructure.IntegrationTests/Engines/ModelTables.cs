using Microsoft.EntityFrameworkCore;
using ResourceService.Infrastructure.Persistence;

namespace ResourceService.Infrastructure.IntegrationTests.Engines;

internal static class ModelTables
{
    /// <summary>The tables of the service's EF models (the shared context's and every module's) on the given engine.</summary>
    public static IReadOnlyList<string> Names(DatabaseProvider provider, string connectionString)
    {
        var contexts = TestDatabases.CreateContexts(provider, connectionString);
        try
        {
            return [.. contexts.SelectMany(db => db.Model.GetEntityTypes()).Select(entity => entity.GetTableName()).OfType<string>().Distinct()];
        }
        finally
        {
            foreach (var db in contexts)
            {
                db.Dispose();
            }
        }
    }
}
