namespace ResourceService.Infrastructure.Persistence;

/// <summary>The engine a module's context is for: the service leases the one of the configured engine.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class DatabaseEngineAttribute(DatabaseProvider provider) : Attribute
{
    public DatabaseProvider Provider { get; } = provider;
}
