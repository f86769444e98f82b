using Microsoft.Extensions.DependencyInjection;
using ResourceService.Application.Audit;
using ResourceService.Application.Audit.ListAuditEntries;
using ResourceService.Domain.Audit;
using ResourceService.Infrastructure.Persistence;

namespace ResourceService.Infrastructure.IntegrationTests.Audit;

/// <summary>The audit list on every engine: newest first, one entity's entries, pages by number and by id, one tenant.</summary>
public sealed class AuditQueriesTests(DatabaseProvider provider) : EngineFixture(provider)
{
    private static readonly DateTime At = new(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);

    [Test]
    public async Task List_ReturnsTheNewestFirst_WithEveryField()
    {
        await AppendAsync(AuditEntry.Created(AuditedTypes.Resource, 1, "Room", "alice", At));
        await AppendAsync(AuditEntry.Updated(AuditedTypes.Resource, 1, "Room", "Hall", "bob", At.AddMinutes(1)));

        var page = await ListAsync(new AuditListCriteria(null, null, 1, 10));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.Items.Select(entry => entry.Action), Is.EqualTo(new[] { "updated", "created" }));
            Assert.That(page.Items[0], Is.EqualTo(new AuditEntryResponse(page.Items[0].Id, "resource", 1, "updated", "bob", At.AddMinutes(1), "Room", "Hall")));
            Assert.That(page.Items[0].OccurredAt.Kind, Is.EqualTo(DateTimeKind.Utc));
            Assert.That(page.TotalCount, Is.EqualTo(2));
            Assert.That(page.HasMore, Is.False);
        }
    }

    [Test]
    public async Task List_OfOneEntity_HoldsOnlyItsEntries()
    {
        await AppendAsync(AuditEntry.Created(AuditedTypes.Resource, 1, "One", "alice", At));
        await AppendAsync(AuditEntry.Created(AuditedTypes.Resource, 2, "Two", "alice", At));
        await AppendAsync(AuditEntry.Deleted(AuditedTypes.Resource, 1, "One", "alice", At));

        var page = await ListAsync(new AuditListCriteria(AuditedTypes.Resource, 1, 1, 10));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.Items.Select(entry => (entry.EntityId, entry.Action)), Is.EqualTo(new[] { (1, "deleted"), (1, "created") }));
            Assert.That(page.TotalCount, Is.EqualTo(2));
        }
    }

    [Test]
    public async Task List_ByPageAndAfterAnId_ReadsConsecutiveSlicesNewestFirst()
    {
        for (var id = 1; id <= 5; id++)
        {
            await AppendAsync(AuditEntry.Created(AuditedTypes.Resource, id, $"n{id}", "alice", At));
        }

        var first = await ListAsync(new AuditListCriteria(null, null, 1, 2));
        var second = await ListAsync(new AuditListCriteria(null, null, 2, 2));
        var afterSecond = await ListAsync(new AuditListCriteria(null, null, null, 2, AfterId: second.Items[^1].Id));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Items.Select(entry => entry.EntityId), Is.EqualTo(new[] { 5, 4 }));
            Assert.That(second.Items.Select(entry => entry.EntityId), Is.EqualTo(new[] { 3, 2 }));
            Assert.That(afterSecond.Items.Select(entry => entry.EntityId), Is.EqualTo(new[] { 1 }));
            Assert.That((first.HasMore, second.HasMore, afterSecond.HasMore), Is.EqualTo((true, true, false)));
            Assert.That(afterSecond.TotalCount, Is.EqualTo(5));
        }
    }

    [Test]
    public async Task List_HoldsOnlyTheCallersTenant()
    {
        Caller.TenantId = "tenant-a";
        await AppendAsync(AuditEntry.Created(AuditedTypes.Resource, 1, "A's", "alice", At));
        Caller.TenantId = "tenant-b";
        await AppendAsync(AuditEntry.Created(AuditedTypes.Resource, 1, "B's", "bob", At));

        var page = await ListAsync(new AuditListCriteria(AuditedTypes.Resource, 1, 1, 10));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.Items.Select(entry => entry.NameAfter), Is.EqualTo(new[] { "B's" }));
            Assert.That(page.TotalCount, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task List_StoresTheLongestSubjectAndNames()
    {
        var subject = new string('s', AuditEntry.MaxSubjectLength);
        var name = string.Concat(Enumerable.Repeat("🚀", AuditEntry.MaxNameLength / 2));
        await AppendAsync(AuditEntry.Updated(AuditedTypes.Resource, 1, name, name, subject, At));

        var entry = (await ListAsync(new AuditListCriteria(null, null, 1, 1))).Items.Single();

        Assert.That((entry.Subject, entry.NameBefore, entry.NameAfter), Is.EqualTo((subject, name, name)));
    }

    private Task<int> AppendAsync(AuditEntry entry) => InScopeAsync(async services =>
    {
        await services.GetRequiredService<IAuditTrail>().AppendAsync(entry, CancellationToken.None);
        return 0;
    });

    private Task<AuditPage> ListAsync(AuditListCriteria criteria) =>
        InScopeAsync(services => services.GetRequiredService<IAuditQueries>().ListAsync(criteria, CancellationToken.None));
}
