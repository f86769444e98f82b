using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace ResourceService.Infrastructure.Persistence;

/// <summary>
/// The context of a module that owns its tables and migrations (ADR 0035). A module derives one abstract context
/// directly from this class in its own namespace (<c>Infrastructure/&lt;Module&gt;</c>), and from that one sealed
/// context per engine marked with <see cref="DatabaseEngineAttribute"/>. Its model is the entity configurations of
/// its namespace; its history table is its own. Each lease works on the scope's connection and joins the transaction
/// the scope's <see cref="AppDbContext"/> has open, so that what it writes commits or rolls back with the change.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    private static readonly Lazy<string[]> ModuleNamespaces = new(() =>
        [.. typeof(ModuleDbContext).Assembly.GetTypes().Where(type => type.BaseType == typeof(ModuleDbContext)).Select(type => type.Namespace!)]);

    private DatabaseFacade? _scope;

    private protected override bool OwnsConfiguration(Type configuration) => IsIn(configuration, ModuleRoot(GetType()).Namespace!);

    /// <summary>Whether the type lives in the folder of a module that has a context of its own.</summary>
    internal static bool IsInAnyModule(Type type) => ModuleNamespaces.Value.Any(module => IsIn(type, module));

    /// <summary>The module's own context type (the one derived directly from this class) of an engine's context type.</summary>
    internal static Type ModuleRoot(Type context)
    {
        var root = context;
        while (root.BaseType != typeof(ModuleDbContext))
        {
            root = root.BaseType ?? throw new ArgumentException($"{context} does not derive from {nameof(ModuleDbContext)}.", nameof(context));
        }

        return root;
    }

    /// <summary>The module's migrations history table: the shared one's name followed by the module's.</summary>
    internal static string HistoryTable(Type context) => $"{DatabaseProviders.HistoryTable}_{ModuleName(context).ToLowerInvariant()}";

    /// <summary>The module's name: the last part of its context's namespace, as its folder is named.</summary>
    internal static string ModuleName(Type context)
    {
        var @namespace = ModuleRoot(context).Namespace!;
        return @namespace[(@namespace.LastIndexOf('.') + 1)..];
    }

    /// <summary>Puts this lease on the scope's connection; it joins that scope's transactions from then on.</summary>
    internal void JoinScope(DatabaseFacade scope)
    {
        _scope = scope;
        Database.SetDbConnection(scope.GetDbConnection(), contextOwnsConnection: false);
        JoinScopeTransaction();
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        JoinScopeTransaction();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        JoinScopeTransaction();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    // The scope's transaction may begin (or a retried attempt begin anew) after this lease was made.
    private void JoinScopeTransaction()
    {
        if (_scope is null)
        {
            return;
        }

        var scopeTransaction = _scope.CurrentTransaction?.GetDbTransaction();
        if (Database.CurrentTransaction?.GetDbTransaction() != scopeTransaction)
        {
            Database.UseTransaction(scopeTransaction);
        }
    }

    private static bool IsIn(Type type, string @namespace) =>
        type.Namespace is { } own && (own == @namespace || own.StartsWith(@namespace + ".", StringComparison.Ordinal));
}
