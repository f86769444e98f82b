using Microsoft.EntityFrameworkCore;
using ResourceService.Infrastructure.Persistence;

namespace ResourceService.Infrastructure.Notes;

/// <summary>The Notes module's tables, migrations and history, on the scope's connection and transaction (ADR 0035).</summary>
public abstract class NotesDbContext(DbContextOptions options) : ModuleDbContext(options);
