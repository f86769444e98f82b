using Microsoft.EntityFrameworkCore;

namespace ResourceService.Infrastructure.Persistence.SqlServer;

public sealed class SqlServerAppDbContext(DbContextOptions<SqlServerAppDbContext> options) : AppDbContext(options)
{
    protected override string UtcNowSql => "SYSUTCDATETIME()";

    protected override string OrdinalCollation => "Latin1_General_100_BIN2";
}
