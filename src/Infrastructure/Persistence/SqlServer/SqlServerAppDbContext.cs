using Microsoft.EntityFrameworkCore;
using ResourceService.Application.Common;

namespace ResourceService.Infrastructure.Persistence.SqlServer;

public sealed class SqlServerAppDbContext(DbContextOptions<SqlServerAppDbContext> options, ICurrentUser user) : AppDbContext(options, user)
{
    protected override string UtcNowSql => "SYSUTCDATETIME()";

    protected override string OrdinalCollation => "Latin1_General_100_BIN2";
}
