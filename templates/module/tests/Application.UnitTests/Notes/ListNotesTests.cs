using Moq;
using ResourceService.Application.Common;
using ResourceService.Application.Notes;
using ResourceService.Application.Notes.ListNotes;
using ResourceService.Domain.Common;

namespace ResourceService.Application.UnitTests.Notes;

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class ListNotesTests
{
    private const string Tenant = "acme";
    private static readonly NoteResponse Last = new(41, "Old", new DateTime(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc), null, 1);

    private readonly Mock<INoteQueries> _queries = new();
    private readonly Mock<ICurrentUser> _user = new();

    public ListNotesTests() => _user.SetupGet(user => user.TenantId).Returns(Tenant);

    [Test]
    public void Rules_ByDefault_AskForTheFirstPageOfTwenty()
    {
        Assert.That(ListNotesRules.Validate(new ListNotesQuery(), Tenant).Value, Is.EqualTo(new NoteListCriteria(1, 20)));
    }

    [TestCase(0, null, "page")]
    [TestCase(null, 101, "pageSize")]
    [TestCase(501, 20, "page")]
    public void Rules_WhenPagingIsOutOfBounds_NameTheParameter(int? page, int? pageSize, string parameter)
    {
        var error = ListNotesRules.Validate(new ListNotesQuery(page, pageSize), Tenant).Error;

        Assert.That(error?.Fields?.Keys, Is.EquivalentTo(new[] { parameter }));
    }

    [Test]
    public void Rules_TakeBackTheCursorTheyIssued_ForTheSameTenantOnly()
    {
        var cursor = ListNotesRules.CursorAfter(41, Tenant);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ListNotesRules.Validate(new ListNotesQuery(Cursor: cursor), Tenant).Value, Is.EqualTo(new NoteListCriteria(null, 20, AfterId: 41)));
            Assert.That(ListNotesRules.Validate(new ListNotesQuery(Cursor: cursor), "other").Error?.Fields?.Keys, Is.EquivalentTo(new[] { "cursor" }));
            Assert.That(ListNotesRules.Validate(new ListNotesQuery(Cursor: cursor + "x"), Tenant).IsSuccess, Is.False);
        }
    }

    [Test]
    public async Task Execute_WhenMoreRowsFollow_ReturnsACursorAfterTheLastRow()
    {
        _queries.Setup(queries => queries.ListAsync(new NoteListCriteria(1, 1), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new NotePage([Last], HasMore: true, TotalCount: 2, TotalCountExact: true));

        var list = (await new ListNotes(_queries.Object, _user.Object).ExecuteAsync(new ListNotesQuery(PageSize: 1), CancellationToken.None)).Value;

        using (Assert.EnterMultipleScope())
        {
            Assert.That((list.Items.Single(), list.Page, list.TotalCount, list.TotalPages), Is.EqualTo((Last, (int?)1, 2, (int?)2)));
            Assert.That(ListNotesRules.Validate(new ListNotesQuery(Cursor: list.NextCursor), Tenant).Value.AfterId, Is.EqualTo(41));
        }
    }

    [Test]
    public async Task Execute_OnTheLastPage_ReturnsNoCursor()
    {
        _queries.Setup(queries => queries.ListAsync(It.IsAny<NoteListCriteria>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new NotePage([Last], HasMore: false, TotalCount: 1, TotalCountExact: true));

        var list = (await new ListNotes(_queries.Object, _user.Object).ExecuteAsync(new ListNotesQuery(), CancellationToken.None)).Value;

        Assert.That(list.NextCursor, Is.Null);
    }

    [Test]
    public async Task Execute_WhenPagingIsInvalid_QueriesNothing()
    {
        var result = await new ListNotes(_queries.Object, _user.Object).ExecuteAsync(new ListNotesQuery(Page: 0), CancellationToken.None);

        Assert.That(result.Error?.Kind, Is.EqualTo(ErrorKind.Validation));
        _queries.Verify(queries => queries.ListAsync(It.IsAny<NoteListCriteria>(), It.IsAny<CancellationToken>()), Times.Never);
    }
}
