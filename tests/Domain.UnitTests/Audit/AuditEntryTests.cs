using ResourceService.Domain.Audit;

namespace ResourceService.Domain.UnitTests.Audit;

public sealed class AuditEntryTests
{
    private static readonly DateTime At = new(2026, 12, 1, 17, 30, 0, DateTimeKind.Utc);

    [Test]
    public void Created_RecordsTheNameAfter_AndNoNameBefore()
    {
        var entry = AuditEntry.Created("resource", 42, "Room", "alice", At);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(entry.EntityType, Is.EqualTo("resource"));
            Assert.That(entry.EntityId, Is.EqualTo(42));
            Assert.That(entry.Action, Is.EqualTo(AuditAction.Created));
            Assert.That(entry.Subject, Is.EqualTo("alice"));
            Assert.That(entry.OccurredAt, Is.EqualTo(At));
            Assert.That(entry.NameBefore, Is.Null);
            Assert.That(entry.NameAfter, Is.EqualTo("Room"));
            Assert.That(entry.Id, Is.Zero, "the database gives the id");
        }
    }

    [Test]
    public void Updated_RecordsBothNames()
    {
        var entry = AuditEntry.Updated("resource", 42, "Room", "Hall", "alice", At);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(entry.Action, Is.EqualTo(AuditAction.Updated));
            Assert.That(entry.NameBefore, Is.EqualTo("Room"));
            Assert.That(entry.NameAfter, Is.EqualTo("Hall"));
        }
    }

    [Test]
    public void Deleted_RecordsTheLastName_AndNoNameAfter()
    {
        var entry = AuditEntry.Deleted("resource", 42, "Hall", subject: null, At);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(entry.Action, Is.EqualTo(AuditAction.Deleted));
            Assert.That(entry.NameBefore, Is.EqualTo("Hall"));
            Assert.That(entry.NameAfter, Is.Null);
            Assert.That(entry.Subject, Is.Null);
        }
    }

    [TestCase("")]
    [TestCase(" ")]
    public void Created_WhenTheEntityTypeIsBlank_Throws(string entityType)
    {
        Assert.That(() => AuditEntry.Created(entityType, 1, "Room", "alice", At), Throws.ArgumentException);
    }

    [Test]
    public void Created_WhenTheEntityTypeIsTooLong_Throws_ButTheLongestFits()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(() => AuditEntry.Created(new string('t', AuditEntry.MaxEntityTypeLength + 1), 1, "Room", "alice", At), Throws.ArgumentException);
            Assert.That(AuditEntry.Created(new string('t', AuditEntry.MaxEntityTypeLength), 1, "Room", "alice", At).EntityType,
                Has.Length.EqualTo(AuditEntry.MaxEntityTypeLength));
        }
    }

    [TestCase(DateTimeKind.Local)]
    [TestCase(DateTimeKind.Unspecified)]
    public void AnyEntry_WhenTheTimeIsNotUtc_Throws(DateTimeKind kind)
    {
        var time = DateTime.SpecifyKind(At, kind);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(() => AuditEntry.Created("resource", 1, "Room", "alice", time), Throws.ArgumentException);
            Assert.That(() => AuditEntry.Updated("resource", 1, "Room", "Hall", "alice", time), Throws.ArgumentException);
            Assert.That(() => AuditEntry.Deleted("resource", 1, "Room", "alice", time), Throws.ArgumentException);
        }
    }

    [Test]
    public void AnyEntry_WhenANameItRecordsIsMissing_Throws()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(() => AuditEntry.Created("resource", 1, null!, "alice", At), Throws.ArgumentNullException);
            Assert.That(() => AuditEntry.Updated("resource", 1, null!, "Hall", "alice", At), Throws.ArgumentNullException);
            Assert.That(() => AuditEntry.Updated("resource", 1, "Room", null!, "alice", At), Throws.ArgumentNullException);
            Assert.That(() => AuditEntry.Deleted("resource", 1, null!, "alice", At), Throws.ArgumentNullException);
        }
    }

    [Test]
    public void AnyEntry_WhenTheSubjectIsLongerThanOpenIdConnectAllows_Throws_ButTheLongestFits()
    {
        var longest = new string('s', AuditEntry.MaxSubjectLength);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(AuditEntry.Created("resource", 1, "Room", longest, At).Subject, Is.EqualTo(longest));
            Assert.That(() => AuditEntry.Created("resource", 1, "Room", longest + "s", At), Throws.ArgumentException);
        }
    }

    [Test]
    public void AnyEntry_WhenANameIsLongerThanAnEntryKeeps_Throws_ButTheLongestFits()
    {
        var longest = new string('n', AuditEntry.MaxNameLength);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(AuditEntry.Updated("resource", 1, longest, longest, "alice", At).NameAfter, Is.EqualTo(longest));
            Assert.That(() => AuditEntry.Updated("resource", 1, "Room", longest + "n", "alice", At), Throws.ArgumentException);
            Assert.That(() => AuditEntry.Deleted("resource", 1, longest + "n", "alice", At), Throws.ArgumentException);
        }
    }
}
