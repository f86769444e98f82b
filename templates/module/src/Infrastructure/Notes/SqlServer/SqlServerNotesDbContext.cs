using Microsoft.EntityFrameworkCore;
using ResourceService.Infrastructure.Persistence;

namespace ResourceService.Infrastructure.Notes.SqlServer;

[DatabaseEngine(DatabaseProvider.SqlServer)]
public sealed class SqlServerNotesDbContext(DbContextOptions<SqlServerNotesDbContext> options) : NotesDbContext(options);
