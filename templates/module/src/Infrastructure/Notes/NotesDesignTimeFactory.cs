using Microsoft.EntityFrameworkCore.Design;
using ResourceService.Infrastructure.Notes.PostgreSql;
using ResourceService.Infrastructure.Notes.Sqlite;
using ResourceService.Infrastructure.Notes.SqlServer;
using ResourceService.Infrastructure.Persistence;

namespace ResourceService.Infrastructure.Notes;

/// <summary>Lets <c>dotnet ef</c> build the Notes module's model for each engine without a server.</summary>
internal sealed class NotesDesignTimeFactory : ModuleDesignTimeFactory,
    IDesignTimeDbContextFactory<SqliteNotesDbContext>,
    IDesignTimeDbContextFactory<PostgreSqlNotesDbContext>,
    IDesignTimeDbContextFactory<SqlServerNotesDbContext>
{
    SqliteNotesDbContext IDesignTimeDbContextFactory<SqliteNotesDbContext>.CreateDbContext(string[] args) => Create<SqliteNotesDbContext>();

    PostgreSqlNotesDbContext IDesignTimeDbContextFactory<PostgreSqlNotesDbContext>.CreateDbContext(string[] args) => Create<PostgreSqlNotesDbContext>();

    SqlServerNotesDbContext IDesignTimeDbContextFactory<SqlServerNotesDbContext>.CreateDbContext(string[] args) => Create<SqlServerNotesDbContext>();
}
