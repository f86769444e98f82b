using Microsoft.EntityFrameworkCore;
using ResourceService.Infrastructure.Persistence;

namespace ResourceService.Infrastructure.Audit;

/// <summary>The Audit module's tables, migrations and history, on the scope's connection and transaction (ADR 0035).</summary>
public abstract class AuditDbContext(DbContextOptions options) : ModuleDbContext(options);
