namespace ResourceService.Infrastructure.IntegrationTests.SqlServerScripts;

/// <summary>
/// SQL Server is the production target and no SQL Server runs here: every script EF Core would send it is
/// parsed by Microsoft's T-SQL parser for SQL Server 2022, and the final schema is loaded into a DacFx model
/// that must resolve every reference. What this does not prove is listed in the README (SQL Server).
/// </summary>
public sealed class SqlServerScriptTests
{
    private static IEnumerable<TestCaseData> Steps() =>
        SqlServerMigrationScripts.Steps().Select(step => new TestCaseData(step.Context, step.From, step.To));

    private static IEnumerable<string> Contexts() => SqlServerMigrationScripts.Contexts();

    [TestCaseSource(nameof(Contexts))]
    public void IdempotentScript_ParsesAsSqlServer2022(string context)
    {
        var script = SqlServerMigrationScripts.Idempotent(context);

        Assert.That(TSql.ParseErrors(script), Is.Empty);
    }

    [TestCaseSource(nameof(Steps))]
    public void MigrationStep_ParsesAsSqlServer2022(string context, string from, string to)
    {
        var script = SqlServerMigrationScripts.Step(context, from, to);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(script, Does.Contain("__ef_migrations_history"), "a step records itself in the history table");
            Assert.That(TSql.ParseErrors(script), Is.Empty);
        }
    }

    [Test]
    public void FinalSchema_BuildsASchemaModelWithEveryReferenceResolved()
    {
        var report = TSql.SchemaModel(SqlServerMigrationScripts.CreateSchema());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.Errors, Is.Empty);
            Assert.That(report.Tables, Is.EquivalentTo(SqlServerMigrationScripts.ModelTables()));
        }
    }

    [Test]
    public void Steps_CoverEveryMigrationOfEveryContextUpAndDown()
    {
        var migrations = SqlServerMigrationScripts.Contexts().Sum(context => SqlServerMigrationScripts.Migrations(context).Count);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(SqlServerMigrationScripts.Contexts(), Has.Count.GreaterThan(1), "the shared context and the Audit module's");
            Assert.That(SqlServerMigrationScripts.Steps().Count(), Is.EqualTo(2 * migrations).And.GreaterThan(0));
        }
    }

    [Test]
    public void Parser_WhenAStatementIsBroken_ReportsWhere()
    {
        var errors = TSql.ParseErrors("CREATE TABLE [a] ([id] int NOT NULL,\nCONSTRAINT PRIMARY KEY);");

        Assert.That(errors, Has.Some.StartsWith("2:"));
    }

    [Test]
    public void SchemaModel_WhenAnIndexNamesAMissingColumn_ReportsTheUnresolvedReference()
    {
        var report = TSql.SchemaModel("CREATE TABLE [a] ([id] int NOT NULL);\nGO\nCREATE INDEX [ix_a_b] ON [a] ([b]);");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.Tables, Is.EqualTo(new[] { "a" }));
            Assert.That(report.Errors, Has.Some.Contains("unresolved reference").And.Contains("[b]"));
        }
    }
}
