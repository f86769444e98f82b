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

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        var createdAtColumns = modelBuilder.Model.GetEntityTypes()
            .Select(entity => entity.FindProperty("CreatedAt"))
            .OfType<Microsoft.EntityFrameworkCore.Metadata.IMutableProperty>();
        foreach (var createdAt in createdAtColumns)
        {
            createdAt.SetDefaultValueSql(UtcNowSql);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
