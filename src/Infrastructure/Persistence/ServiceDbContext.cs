using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using ResourceService.Application.Common;
using ResourceService.Domain.Common;

namespace ResourceService.Infrastructure.Persistence;

/// <summary>
/// What every context of the service shares, whichever module's tables it holds: each tenant-owned row is filtered to
/// the caller's tenant and stamped with it on insert, <c>created_at</c> defaults to the engine's clock, ordinal
/// columns take the engine's binary collation and times are UTC. A context applies the entity configurations of this
/// assembly that <see cref="OwnsConfiguration"/> gives it. Contexts are pooled: the caller's tenant is handed to each
/// lease (<see cref="TenantId"/>), never through the constructor.
/// </summary>
public abstract class ServiceDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>The tenant of the caller this context works for; EF Core reads it afresh for every query.</summary>
    internal string TenantId { get; set; } = Tenants.Default;

    /// <summary>Whether the entity configuration type belongs to this context's model.</summary>
    private protected abstract bool OwnsConfiguration(Type configuration);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ServiceDbContext).Assembly, OwnsConfiguration);

        // Raised events live until the unit of work has handled them; they are never stored.
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(entity => entity.ClrType.IsAssignableTo(typeof(Entity))).ToList())
        {
            modelBuilder.Entity(entity.ClrType).Ignore(nameof(Entity.DomainEvents));
        }

        var dialect = EngineDialect.Of(Database);
        var properties = modelBuilder.Model.GetEntityTypes().SelectMany(entity => entity.GetProperties()).ToList();
        foreach (var createdAt in properties.Where(property => property.Name == "CreatedAt"))
        {
            createdAt.SetDefaultValueSql(dialect.UtcNowSql);
        }

        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(IsTenantOwned))
        {
            entity.SetQueryFilter(OwnTenantOnly(entity.ClrType));
        }

        foreach (var ordinal in properties.Where(property => property.FindAnnotation(OrdinalCollation.Annotation) is not null))
        {
            ordinal.RemoveAnnotation(OrdinalCollation.Annotation);
            ordinal.SetCollation(dialect.OrdinalCollation);
        }
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampTenant();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampTenant();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    private void StampTenant()
    {
        foreach (var entry in ChangeTracker.Entries().Where(entry => IsTenantOwned(entry.Metadata)))
        {
            var tenant = entry.Property(TenantOwnership.Property);
            if (entry.State == EntityState.Added)
            {
                tenant.CurrentValue = TenantId;
            }
            else if (entry.State == EntityState.Modified && tenant.IsModified)
            {
                throw new InvalidOperationException("A row never moves to another tenant.");
            }
        }
    }

    private static bool IsTenantOwned(IReadOnlyEntityType entity) => entity.FindProperty(TenantOwnership.Property) is not null;

    // row => EF.Property<string>(row, "TenantId") == this.TenantId, with this context as the source of the value.
    private LambdaExpression OwnTenantOnly(Type entity)
    {
        var row = Expression.Parameter(entity, "row");
        var rowTenant = Expression.Call(
            typeof(EF), nameof(EF.Property), [typeof(string)], row, Expression.Constant(TenantOwnership.Property));
        var callerTenant = Expression.Property(Expression.Constant(this), nameof(TenantId));
        return Expression.Lambda(Expression.Equal(rowTenant, callerTenant), row);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
