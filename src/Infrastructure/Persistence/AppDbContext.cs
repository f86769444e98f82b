using Microsoft.EntityFrameworkCore;

namespace ResourceService.Infrastructure.Persistence;

/// <summary>
/// The one model of the service. Each module adds its entity configurations to this assembly and reaches
/// its entities through <see cref="DbContext.Set{TEntity}()"/>; each database engine derives its own
/// context so that it keeps its own migrations.
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>The engine's SQL for the current UTC time, the default of every <c>created_at</c> column.</summary>
    protected abstract string UtcNowSql { get; }

    /// <summary>The engine's binary (code point) collation, or null where that is already the default.</summary>
    protected virtual string? OrdinalCollation => null;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        var properties = modelBuilder.Model.GetEntityTypes().SelectMany(entity => entity.GetProperties()).ToList();
        foreach (var createdAt in properties.Where(property => property.Name == "CreatedAt"))
        {
            createdAt.SetDefaultValueSql(UtcNowSql);
        }

        foreach (var ordinal in properties.Where(property => property.FindAnnotation(Persistence.OrdinalCollation.Annotation) is not null))
        {
            ordinal.RemoveAnnotation(Persistence.OrdinalCollation.Annotation);
            ordinal.SetCollation(OrdinalCollation);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
