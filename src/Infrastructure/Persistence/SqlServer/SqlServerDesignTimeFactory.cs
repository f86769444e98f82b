using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ResourceService.Infrastructure.Persistence.SqlServer;

/// <summary>Lets <c>dotnet ef</c> build the SQL Server model and scripts without a SQL Server.</summary>
internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerAppDbContext>
{
    public SqlServerAppDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<SqlServerAppDbContext>();
        DatabaseProviders.UseSqlServer(builder, "Server=design-time;Database=resources;Integrated Security=true", DatabaseOptions.ForMigrationTools());
        return new SqlServerAppDbContext(builder.Options);
    }
}
