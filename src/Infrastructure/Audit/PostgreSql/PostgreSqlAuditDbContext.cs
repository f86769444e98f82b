using Microsoft.EntityFrameworkCore;
using ResourceService.Infrastructure.Persistence;

namespace ResourceService.Infrastructure.Audit.PostgreSql;

[DatabaseEngine(DatabaseProvider.PostgreSql)]
public sealed class PostgreSqlAuditDbContext(DbContextOptions<PostgreSqlAuditDbContext> options) : AuditDbContext(options);
