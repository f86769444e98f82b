using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ResourceService.Infrastructure.Persistence;

/// <summary>
/// Finds the modules' contexts (<see cref="ModuleDbContext"/>) by scanning, and serves each module's context of the
/// configured engine to a scope: pooled, handed the caller's tenant, on the connection and in the transaction of the
/// scope's <see cref="AppDbContext"/>. Adding a module adds its contexts here without editing anything.
/// </summary>
internal static class ModuleDbContexts
{
    private static readonly MethodInfo AddOne = typeof(ModuleDbContexts).GetMethod(nameof(AddPooled), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo CreateOne = typeof(ModuleDbContexts).GetMethod(nameof(Create), BindingFlags.NonPublic | BindingFlags.Static, [typeof(DatabaseProvider), typeof(string), typeof(DatabaseOptions)])!;

    /// <summary>The sealed context of each module for the engine, in a stable order.</summary>
    public static IReadOnlyList<Type> ForEngine(DatabaseProvider provider) =>
        [.. typeof(ModuleDbContext).Assembly.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false } && type.IsSubclassOf(typeof(ModuleDbContext)) &&
                type.GetCustomAttribute<DatabaseEngineAttribute>()?.Provider == provider)
            .OrderBy(type => type.FullName, StringComparer.Ordinal)];

    /// <summary>Every module's own context type (what a scope resolves), in a stable order.</summary>
    public static IReadOnlyList<Type> Modules() =>
        [.. typeof(ModuleDbContext).Assembly.GetTypes()
            .Where(type => type.BaseType == typeof(ModuleDbContext))
            .OrderBy(type => type.FullName, StringComparer.Ordinal)];

    public static void Add(IServiceCollection services, DatabaseOptions options, string connectionString)
    {
        foreach (var context in ForEngine(options.Provider))
        {
            AddOne.MakeGenericMethod(context).Invoke(null, [services, options, connectionString]);
        }
    }

    /// <summary>A context of its own connection, configured as the service configures it: for tools and tests.</summary>
    public static ModuleDbContext Create(Type context, DatabaseProvider provider, string connectionString, DatabaseOptions options) =>
        (ModuleDbContext)CreateOne.MakeGenericMethod(context).Invoke(null, [provider, connectionString, options])!;

    internal static TContext Create<TContext>(DatabaseProvider provider, string connectionString, DatabaseOptions options)
        where TContext : ModuleDbContext
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        DatabaseProviders.Use(provider, builder, connectionString, options, ModuleDbContext.HistoryTable(typeof(TContext)));
        return (TContext)Activator.CreateInstance(typeof(TContext), builder.Options)!;
    }

    private static void AddPooled<TContext>(IServiceCollection services, DatabaseOptions options, string connectionString)
        where TContext : ModuleDbContext
    {
        var history = ModuleDbContext.HistoryTable(typeof(TContext));
        services.AddPooledDbContextFactory<TContext>(builder =>
            DatabaseProviders.Use(options.Provider, builder, connectionString, options, history));
        services.AddScoped(ModuleDbContext.ModuleRoot(typeof(TContext)), provider =>
        {
            var scope = provider.GetRequiredService<AppDbContext>();
            var db = provider.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext();
            db.TenantId = scope.TenantId;
            db.JoinScope(scope.Database);
            return db;
        });
    }
}
