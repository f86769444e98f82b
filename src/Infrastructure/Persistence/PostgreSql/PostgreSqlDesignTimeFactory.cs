using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ResourceService.Infrastructure.Persistence.PostgreSql;

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL model without a PostgreSQL server.</summary>
internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlAppDbContext>
{
    public PostgreSqlAppDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PostgreSqlAppDbContext>();
        DatabaseProviders.UsePostgreSql(builder, "Host=design-time;Database=resources", DatabaseOptions.ForMigrationTools());
        return new PostgreSqlAppDbContext(builder.Options);
    }
}
