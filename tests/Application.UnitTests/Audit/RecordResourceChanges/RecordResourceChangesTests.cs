using Moq;
using ResourceService.Application.Audit;
using ResourceService.Application.Audit.RecordResourceChanges;
using ResourceService.Application.Common;
using ResourceService.Application.UnitTests.Support;
using ResourceService.Domain.Audit;
using ResourceService.Domain.Resources;

namespace ResourceService.Application.UnitTests.Audit.RecordResourceChanges;

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class RecordResourceChangesTests
{
    private static readonly DateTime CreatedAt = new(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);

    private readonly Mock<IAuditTrail> _trail = new();
    private readonly Mock<ICurrentUser> _user = new();
    private readonly List<AuditEntry> _appended = [];

    public RecordResourceChangesTests()
    {
        _user.SetupGet(user => user.Subject).Returns("alice");
        _trail.Setup(trail => trail.AppendAsync(It.IsAny<AuditEntry>(), It.IsAny<CancellationToken>()))
            .Callback<AuditEntry, CancellationToken>((entry, _) => _appended.Add(entry))
            .Returns(Task.CompletedTask);
    }

    [Test]
    public async Task Created_AppendsACreationEntry_WithTheResourcesIdNameAndTime_AndTheCaller()
    {
        var resource = Stored("Room", id: 42);
        using var cancellation = new CancellationTokenSource();

        await new RecordResourceCreated(_trail.Object, _user.Object).HandleAsync(new ResourceCreated(resource), cancellation.Token);

        _trail.Verify(trail => trail.AppendAsync(It.IsAny<AuditEntry>(), cancellation.Token), Times.Once);
        AssertEntry(AuditAction.Created, 42, null, "Room", CreatedAt);
    }

    [Test]
    public async Task Renamed_AppendsAnUpdateEntry_WithThePreviousAndTheNewName_AtTheResourcesUpdateTime()
    {
        var resource = Stored("Room", id: 7);
        var renamedAt = CreatedAt.AddHours(2);
        resource.Rename("Hall", renamedAt);

        await new RecordResourceRenamed(_trail.Object, _user.Object, Clocks.Fixed()).HandleAsync(new ResourceRenamed(resource, "Room"), CancellationToken.None);

        AssertEntry(AuditAction.Updated, 7, "Room", "Hall", renamedAt);
    }

    [Test]
    public async Task Deleted_AppendsADeletionEntry_WithTheLastName_AtTheClocksTime()
    {
        var resource = Stored("Hall", id: 9);

        await new RecordResourceDeleted(_trail.Object, _user.Object, Clocks.Fixed()).HandleAsync(new ResourceDeleted(resource), CancellationToken.None);

        AssertEntry(AuditAction.Deleted, 9, "Hall", null, Clocks.NowInWholeMicroseconds);
    }

    [Test]
    public async Task Created_ByACallerWithoutSubject_RecordsNoSubject()
    {
        _user.SetupGet(user => user.Subject).Returns((string?)null);

        await new RecordResourceCreated(_trail.Object, _user.Object).HandleAsync(new ResourceCreated(Stored("Room", 1)), CancellationToken.None);

        Assert.That(_appended.Single().Subject, Is.Null);
    }

    private void AssertEntry(AuditAction action, int entityId, string? before, string? after, DateTime at)
    {
        var entry = _appended.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(entry.EntityType, Is.EqualTo(AuditedTypes.Resource));
            Assert.That(entry.EntityId, Is.EqualTo(entityId));
            Assert.That(entry.Action, Is.EqualTo(action));
            Assert.That(entry.NameBefore, Is.EqualTo(before));
            Assert.That(entry.NameAfter, Is.EqualTo(after));
            Assert.That(entry.OccurredAt, Is.EqualTo(at));
            Assert.That(entry.Subject, Is.EqualTo("alice"));
        }
    }

    // A resource as it is after its save: the handlers run then, when the database has given it its id.
    private static Resource Stored(string name, int id)
    {
        var resource = Resource.Create(name, CreatedAt).Value;
        typeof(Resource).GetProperty(nameof(Resource.Id))!.SetValue(resource, id);
        return resource;
    }
}
