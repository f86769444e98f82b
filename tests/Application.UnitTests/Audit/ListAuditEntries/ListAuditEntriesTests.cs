using Moq;
using ResourceService.Application.Audit;
using ResourceService.Application.Audit.ListAuditEntries;
using ResourceService.Application.Common;
using ResourceService.Application.Common.Paging;
using ResourceService.Domain.Common;
using ListAuditEntriesHandler = ResourceService.Application.Audit.ListAuditEntries.ListAuditEntries;

namespace ResourceService.Application.UnitTests.Audit.ListAuditEntries;

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class ListAuditEntriesTests
{
    private const string Tenant = "acme";
    private static readonly DateTime At = new(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);

    private readonly Mock<IAuditQueries> _queries = new();
    private readonly Mock<ICurrentUser> _user = new();
    private readonly ListAuditEntriesHandler _list;

    public ListAuditEntriesTests()
    {
        _user.SetupGet(user => user.TenantId).Returns(Tenant);
        _list = new ListAuditEntriesHandler(_queries.Object, _user.Object);
    }

    [Test]
    public async Task Execute_WhenQueryIsValid_ReturnsThePageForItsCriteria()
    {
        var rows = new[] { Row(5) };
        using var cancellation = new CancellationTokenSource();
        _queries.Setup(queries => queries.ListAsync(new AuditListCriteria("resource", 42, 2, 10, null), cancellation.Token))
            .ReturnsAsync(new AuditPage(rows, HasMore: false, 11, TotalCountExact: true));

        var result = await _list.ExecuteAsync(new ListAuditEntriesQuery("resource", 42, 2, 10), cancellation.Token);

        Assert.That(result.Value, Is.EqualTo(new PagedList<AuditEntryResponse>(rows, 2, 10, 11, TotalCountExact: true, NextCursor: null)));
    }

    [Test]
    public async Task Execute_WhenMoreEntriesFollow_GivesACursorThatContinuesBelowTheLastId()
    {
        _queries.Setup(queries => queries.ListAsync(It.IsAny<AuditListCriteria>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new AuditPage([Row(90), Row(77)], HasMore: true, 1_000, TotalCountExact: false));

        var page = (await _list.ExecuteAsync(new ListAuditEntriesQuery("resource", 3), CancellationToken.None)).Value;
        var next = ListAuditEntriesRules.Validate(new ListAuditEntriesQuery("resource", 3, Cursor: page.NextCursor), Tenant);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(next.Value, Is.EqualTo(new AuditListCriteria("resource", 3, null, PagingRules.DefaultPageSize, AfterId: 77)));
            Assert.That(page.NextCursor, Has.Length.LessThanOrEqualTo(ListCursor.MaxLength));
        }
    }

    [Test]
    public async Task Execute_WhenInvalid_ReturnsTheErrorWithoutQuerying()
    {
        var result = await _list.ExecuteAsync(new ListAuditEntriesQuery(PageSize: 0), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Error!.Kind, Is.EqualTo(ErrorKind.Validation));
            _queries.VerifyNoOtherCalls();
        }
    }

    private static AuditEntryResponse Row(long id) => new(id, "resource", 3, "created", "alice", At, null, "Room");
}
