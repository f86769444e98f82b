using Microsoft.EntityFrameworkCore;
using ResourceService.Infrastructure.Persistence;

namespace ResourceService.Infrastructure.Notes.Sqlite;

[DatabaseEngine(DatabaseProvider.Sqlite)]
public sealed class SqliteNotesDbContext(DbContextOptions<SqliteNotesDbContext> options) : NotesDbContext(options);
