using Microsoft.EntityFrameworkCore;

namespace ResourceService.Infrastructure.Persistence.PostgreSql;

public sealed class PostgreSqlAppDbContext(DbContextOptions<PostgreSqlAppDbContext> options) : AppDbContext(options)
{
    protected override string UtcNowSql => "now()";

    protected override string OrdinalCollation => "C";
}
