using Microsoft.EntityFrameworkCore;

namespace ResourceService.Infrastructure.Persistence.SqlServer;

public sealed class SqlServerAppDbContext(DbContextOptions<SqlServerAppDbContext> options) : AppDbContext(options);
