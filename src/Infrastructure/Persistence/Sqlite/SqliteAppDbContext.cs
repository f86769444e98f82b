using Microsoft.EntityFrameworkCore;
using ResourceService.Application.Common;

namespace ResourceService.Infrastructure.Persistence.Sqlite;

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options, ICurrentUser user) : AppDbContext(options, user)
{
    protected override string UtcNowSql => "CURRENT_TIMESTAMP";
}
