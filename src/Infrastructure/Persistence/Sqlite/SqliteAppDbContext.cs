using Microsoft.EntityFrameworkCore;

namespace ResourceService.Infrastructure.Persistence.Sqlite;

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);
