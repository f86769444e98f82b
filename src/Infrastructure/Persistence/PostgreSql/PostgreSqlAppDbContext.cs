using Microsoft.EntityFrameworkCore;

namespace ResourceService.Infrastructure.Persistence.PostgreSql;

public sealed class PostgreSqlAppDbContext(DbContextOptions<PostgreSqlAppDbContext> options) : AppDbContext(options);
