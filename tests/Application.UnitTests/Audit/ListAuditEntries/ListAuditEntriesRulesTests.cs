using ResourceService.Application.Audit.ListAuditEntries;
using ResourceService.Application.Common.Paging;

namespace ResourceService.Application.UnitTests.Audit.ListAuditEntries;

public sealed class ListAuditEntriesRulesTests
{
    private const string Tenant = "acme";

    [Test]
    public void Validate_WithoutParameters_ListsTheFirstPageOf20OfEveryEntity()
    {
        var criteria = ListAuditEntriesRules.Validate(new ListAuditEntriesQuery(), Tenant).Value;

        Assert.That(criteria, Is.EqualTo(new AuditListCriteria(null, null, 1, 20)));
    }

    [TestCase(0)]
    [TestCase(101)]
    public void Validate_WhenPageSizeIsOutOfRange_NamesPageSize(int pageSize) =>
        AssertRejects(new ListAuditEntriesQuery(PageSize: pageSize), PagingRules.PageSizeParameter);

    [TestCase(0)]
    [TestCase(501)]
    public void Validate_WhenPageIsBelowOneOrBeyondTheOffsetBound_NamesPage(int page) =>
        AssertRejects(new ListAuditEntriesQuery(Page: page, PageSize: 20), PagingRules.PageParameter);

    [Test]
    public void Validate_TheLastPageWithinTheOffsetBound_IsAccepted()
    {
        Assert.That(ListAuditEntriesRules.Validate(new ListAuditEntriesQuery(Page: 500, PageSize: 20), Tenant).IsSuccess, Is.True);
    }

    [Test]
    public void Validate_WhenTheEntityTypeIsNotAudited_NamesEntityType() =>
        AssertRejects(new ListAuditEntriesQuery(EntityType: "invoice"), ListAuditEntriesRules.EntityTypeParameter);

    [Test]
    public void Validate_TheEntityType_IsCaseSensitiveAsItIsStored() =>
        AssertRejects(new ListAuditEntriesQuery(EntityType: "Resource"), ListAuditEntriesRules.EntityTypeParameter);

    [TestCase(0)]
    [TestCase(-1)]
    public void Validate_WhenTheEntityIdIsBelowOne_NamesEntityId(int id) =>
        AssertRejects(new ListAuditEntriesQuery("resource", id), ListAuditEntriesRules.EntityIdParameter);

    [Test]
    public void Validate_WhenAnEntityIdComesWithoutItsType_NamesEntityId() =>
        AssertRejects(new ListAuditEntriesQuery(EntityId: 42), ListAuditEntriesRules.EntityIdParameter);

    [Test]
    public void Validate_WhenPageAndCursorComeTogether_NamesPage()
    {
        var cursor = AuditCursor.Encode(10, new AuditListCriteria(null, null, null, 20), Tenant);

        AssertRejects(new ListAuditEntriesQuery(Page: 1, Cursor: cursor), PagingRules.PageParameter);
    }

    [Test]
    public void Validate_ACursorOfThisListAndTenant_ContinuesAfterItsEntry()
    {
        var cursor = AuditCursor.Encode(10, new AuditListCriteria("resource", 42, 1, 5), Tenant);

        var criteria = ListAuditEntriesRules.Validate(new ListAuditEntriesQuery("resource", 42, PageSize: 5, Cursor: cursor), Tenant).Value;

        Assert.That(criteria, Is.EqualTo(new AuditListCriteria("resource", 42, null, 5, AfterId: 10)));
    }

    [TestCase("other-tenant", "resource", 42)]
    [TestCase(Tenant, "resource", 43)]
    [TestCase(Tenant, null, null)]
    public void Validate_ACursorIssuedForAnotherTenantOrFilter_NamesCursor(string tenant, string? entityType, int? entityId)
    {
        var cursor = AuditCursor.Encode(10, new AuditListCriteria("resource", 42, 1, 20), tenant);

        AssertRejects(new ListAuditEntriesQuery(entityType, entityId, Cursor: cursor), PagingRules.CursorParameter);
    }

    [TestCase("")]
    [TestCase("not a cursor")]
    [TestCase("AQAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAA")]
    public void Validate_ADamagedCursor_NamesCursor(string cursor) =>
        AssertRejects(new ListAuditEntriesQuery(Cursor: cursor), PagingRules.CursorParameter);

    [Test]
    public void Validate_ACursorWithOneCharacterChanged_NamesCursor()
    {
        var cursor = AuditCursor.Encode(10, new AuditListCriteria(null, null, 1, 20), Tenant);
        var changed = (cursor[5] == 'A' ? 'B' : 'A') + "";

        AssertRejects(new ListAuditEntriesQuery(Cursor: cursor[..5] + changed + cursor[6..]), PagingRules.CursorParameter);
    }

    private static void AssertRejects(ListAuditEntriesQuery query, string field)
    {
        var result = ListAuditEntriesRules.Validate(query, Tenant);

        Assert.That(result.Error?.Fields?.Keys, Is.EqualTo(new[] { field }));
    }
}
