using Microsoft.EntityFrameworkCore;
using ResourceService.Application.Common;

namespace ResourceService.Infrastructure.Persistence.PostgreSql;

public sealed class PostgreSqlAppDbContext(DbContextOptions<PostgreSqlAppDbContext> options, ICurrentUser user) : AppDbContext(options, user)
{
    protected override string UtcNowSql => "now()";

    protected override string OrdinalCollation => "C";
}
