using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ResourceService.Infrastructure.Persistence.Sqlite;

/// <summary>Lets <c>dotnet ef</c> build the SQLite model without starting the service.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<SqliteAppDbContext>();
        DatabaseProviders.UseSqlite(builder, "Data Source=design-time.db", new DatabaseOptions());
        return new SqliteAppDbContext(builder.Options);
    }
}
