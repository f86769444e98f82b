using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ResourceService.Infrastructure.IntegrationTests.Engines;
using ResourceService.Infrastructure.Persistence;

namespace ResourceService.Infrastructure.IntegrationTests.Persistence;

/// <summary>Checks that need no server, so they run for every engine on every machine.</summary>
public sealed class MigrationModelTests
{
    private static readonly Dictionary<DatabaseProvider, string> OfflineConnectionStrings = new()
    {
        [DatabaseProvider.Sqlite] = "Data Source=:memory:",
        [DatabaseProvider.PostgreSql] = "Host=offline.invalid;Database=resources",
        [DatabaseProvider.SqlServer] = "Server=offline.invalid;Database=resources",
    };

    [TestCaseSource(typeof(EngineRegistry), nameof(EngineRegistry.All))]
    public void Migrations_MatchTheModel(DatabaseProvider provider)
    {
        using var db = TestDatabases.CreateContext(provider, OfflineConnectionStrings[provider]);

        Assert.That(db.Database.HasPendingModelChanges(), Is.False,
            $"the {provider} model changed without a migration: run dotnet ef migrations add for that context");
    }

    [Test]
    public void SqlServerIdempotentScript_CreatesTheSchemaWithOrdinalNameKey()
    {
        using var db = TestDatabases.CreateContext(DatabaseProvider.SqlServer, OfflineConnectionStrings[DatabaseProvider.SqlServer]);

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(script, Does.Contain("CREATE TABLE [resource]"));
            Assert.That(script, Does.Contain("[name_key] nvarchar(255) COLLATE Latin1_General_100_BIN2 NOT NULL"));
            Assert.That(script, Does.Contain("CREATE TABLE [idempotency_record]"));
            Assert.That(script, Does.Contain("IF NOT EXISTS"));
        }
    }
}
