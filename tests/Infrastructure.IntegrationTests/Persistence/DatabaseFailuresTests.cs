using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using ResourceService.Infrastructure.Persistence;

namespace ResourceService.Infrastructure.IntegrationTests.Persistence;

/// <summary>What counts as "the database is unavailable for now" (503) rather than a bug (500).</summary>
public sealed class DatabaseFailuresTests
{
    private readonly DatabaseFailures _failures = new();

    public static IEnumerable<TestCaseData> Unavailable()
    {
        yield return new TestCaseData(new TimeoutException()).SetName("Timeout");
        yield return new TestCaseData(new RetryLimitExceededException("retries ran out", new InvalidOperationException())).SetName("RetriesRanOut");
        yield return new TestCaseData(new SqliteException("database is locked", 5)).SetName("SqliteBusy");
        yield return new TestCaseData(new DbUpdateException("save failed", new SqliteException("locked", 6))).SetName("SqliteLockedInsideEf");
        yield return new TestCaseData(new InvalidOperationException("outer", new Npgsql.NpgsqlException("refused", new System.Net.Sockets.SocketException())))
            .SetName("NpgsqlTransientWrapped");
    }

    public static IEnumerable<TestCaseData> Bugs()
    {
        yield return new TestCaseData(new InvalidOperationException("a bug")).SetName("PlainBug");
        yield return new TestCaseData(new SqliteException("constraint failed", 19)).SetName("SqliteConstraint");
        yield return new TestCaseData(new DbUpdateException("save failed", new SqliteException("no such table", 1))).SetName("SqliteSchemaError");
    }

    [TestCaseSource(nameof(Unavailable))]
    public void IsUnavailable_ForTransientDatabaseFailures_IsTrue(Exception exception) =>
        Assert.That(_failures.IsUnavailable(exception), Is.True);

    [TestCaseSource(nameof(Bugs))]
    public void IsUnavailable_ForBugsAndClientErrors_IsFalse(Exception exception) =>
        Assert.That(_failures.IsUnavailable(exception), Is.False);
}
