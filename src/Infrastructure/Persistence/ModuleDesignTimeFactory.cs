using System.Reflection;

namespace ResourceService.Infrastructure.Persistence;

/// <summary>
/// Lets <c>dotnet ef</c> build a module's model for each engine without a server: a module's factory derives from
/// this and implements <c>IDesignTimeDbContextFactory</c> once for each of its engine contexts.
/// </summary>
public abstract class ModuleDesignTimeFactory
{
    private static readonly Dictionary<DatabaseProvider, string> DesignTimeConnections = new()
    {
        [DatabaseProvider.Sqlite] = "Data Source=design-time.db",
        [DatabaseProvider.PostgreSql] = "Host=design-time;Database=resources",
        [DatabaseProvider.SqlServer] = "Server=design-time;Database=resources;Integrated Security=true",
    };

    protected static TContext Create<TContext>()
        where TContext : ModuleDbContext
    {
        var provider = typeof(TContext).GetCustomAttribute<DatabaseEngineAttribute>()?.Provider
            ?? throw new InvalidOperationException($"{typeof(TContext)} names no engine: mark it [{nameof(DatabaseEngineAttribute)}].");
        return ModuleDbContexts.Create<TContext>(provider, DesignTimeConnections[provider], DatabaseOptions.ForMigrationTools());
    }
}
