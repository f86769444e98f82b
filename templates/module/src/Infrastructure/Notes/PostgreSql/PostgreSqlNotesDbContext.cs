using Microsoft.EntityFrameworkCore;
using ResourceService.Infrastructure.Persistence;

namespace ResourceService.Infrastructure.Notes.PostgreSql;

[DatabaseEngine(DatabaseProvider.PostgreSql)]
public sealed class PostgreSqlNotesDbContext(DbContextOptions<PostgreSqlNotesDbContext> options) : NotesDbContext(options);
