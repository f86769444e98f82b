using Microsoft.EntityFrameworkCore.Design;
using ResourceService.Infrastructure.Audit.PostgreSql;
using ResourceService.Infrastructure.Audit.Sqlite;
using ResourceService.Infrastructure.Audit.SqlServer;
using ResourceService.Infrastructure.Persistence;

namespace ResourceService.Infrastructure.Audit;

/// <summary>Lets <c>dotnet ef</c> build the Audit module's model for each engine without a server.</summary>
internal sealed class AuditDesignTimeFactory : ModuleDesignTimeFactory,
    IDesignTimeDbContextFactory<SqliteAuditDbContext>,
    IDesignTimeDbContextFactory<PostgreSqlAuditDbContext>,
    IDesignTimeDbContextFactory<SqlServerAuditDbContext>
{
    SqliteAuditDbContext IDesignTimeDbContextFactory<SqliteAuditDbContext>.CreateDbContext(string[] args) => Create<SqliteAuditDbContext>();

    PostgreSqlAuditDbContext IDesignTimeDbContextFactory<PostgreSqlAuditDbContext>.CreateDbContext(string[] args) => Create<PostgreSqlAuditDbContext>();

    SqlServerAuditDbContext IDesignTimeDbContextFactory<SqlServerAuditDbContext>.CreateDbContext(string[] args) => Create<SqlServerAuditDbContext>();
}
