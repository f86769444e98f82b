using Microsoft.EntityFrameworkCore;
using ResourceService.Infrastructure.Persistence;
using ResourceService.Infrastructure.Persistence.PostgreSql;
using ResourceService.Infrastructure.Persistence.SqlServer;

namespace ResourceService.Infrastructure.IntegrationTests.Persistence;

/// <summary>The contexts <c>dotnet ef</c> and the migrations bundles use (docs/ops/runbook.md "Deploy").</summary>
public sealed class DesignTimeFactoryTests
{
    [Test]
    public void SqlServerBundle_GivesAMigrationMoreTimeThanARequest()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);

        Assert.That(db.Database.GetCommandTimeout(), Is.GreaterThan(new DatabaseOptions().CommandTimeoutSeconds).And.EqualTo(600));
    }

    [Test]
    public void PostgreSqlBundle_GivesAMigrationMoreTimeThanARequest()
    {
        using var db = new PostgreSqlDesignTimeFactory().CreateDbContext([]);

        Assert.That(db.Database.GetCommandTimeout(), Is.GreaterThan(new DatabaseOptions().CommandTimeoutSeconds).And.EqualTo(600));
    }
}
