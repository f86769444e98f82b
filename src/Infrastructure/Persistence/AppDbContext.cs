using Microsoft.EntityFrameworkCore;

namespace ResourceService.Infrastructure.Persistence;

/// <summary>
/// The home of the shared tables and of the modules that predate module contexts (Resources), with the migration
/// history they grew up with (ADR 0035): it holds every entity configuration of this assembly except those of a
/// module that has a <see cref="ModuleDbContext"/> of its own. Each database engine derives its own context so that
/// it keeps its own migrations.
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    private protected override bool OwnsConfiguration(Type configuration) => !ModuleDbContext.IsInAnyModule(configuration);
}
