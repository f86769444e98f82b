using ResourceService.Application.Common.Paging;
using ResourceService.Application.Resources.ListResources;
using ResourceService.Domain.Common;

namespace ResourceService.Application.UnitTests.Resources.ListResources;

public sealed class ListResourcesRulesTests
{
    private const string Tenant = "acme";

    [Test]
    public void Validate_WhenNothingIsGiven_AsksForFirstPageOfTwentySortedById()
    {
        var criteria = ListResourcesRules.Validate(new ListResourcesQuery(), Tenant).Value;

        Assert.That(criteria, Is.EqualTo(new ResourceListCriteria(1, 20, null, ResourceSortField.Id, Descending: false)));
    }

    [TestCase(0)]
    [TestCase(-1)]
    [TestCase(int.MinValue)]
    public void Validate_WhenPageIsBelowOne_ReturnsErrorKeyedPage(int page)
    {
        AssertErrorsKeyed(new ListResourcesQuery(Page: page), "page");
    }

    [TestCase(1)]
    [TestCase(2)]
    public void Validate_WhenPageIsOneOrMore_KeepsIt(int page)
    {
        Assert.That(ListResourcesRules.Validate(new ListResourcesQuery(Page: page), Tenant).Value.Page, Is.EqualTo(page));
    }

    [TestCase(0)]
    [TestCase(-5)]
    [TestCase(101)]
    public void Validate_WhenPageSizeIsOutsideOneToHundred_ReturnsErrorKeyedPageSize(int pageSize)
    {
        AssertErrorsKeyed(new ListResourcesQuery(PageSize: pageSize), "pageSize");
    }

    [TestCase(1)]
    [TestCase(100)]
    public void Validate_WhenPageSizeIsWithinOneToHundred_KeepsIt(int pageSize)
    {
        Assert.That(ListResourcesRules.Validate(new ListResourcesQuery(PageSize: pageSize), Tenant).Value.PageSize, Is.EqualTo(pageSize));
    }

    // Offset paging reaches the first 10,000 rows: page × pageSize at most 10,000.
    [TestCase(101, 100)]
    [TestCase(501, null)]
    [TestCase(10_001, 1)]
    [TestCase(int.MaxValue, 100)]
    [TestCase(int.MaxValue, 1)]
    public void Validate_WhenPageReachesBeyondTheOffsetLimit_ReturnsErrorKeyedPagePointingToTheCursor(int page, int? pageSize)
    {
        var result = ListResourcesRules.Validate(new ListResourcesQuery(Page: page, PageSize: pageSize), Tenant);

        Assert.That(result.Error?.Fields?[PagingRules.PageParameter].Single(),
            Is.EqualTo("Pages reach the first 10000 resources; continue beyond with the cursor in meta.nextCursor."));
    }

    [TestCase(100, 100)]
    [TestCase(500, null)]
    [TestCase(10_000, 1)]
    public void Validate_WhenPageEndsAtTheOffsetLimit_KeepsIt(int page, int? pageSize)
    {
        Assert.That(ListResourcesRules.Validate(new ListResourcesQuery(Page: page, PageSize: pageSize), Tenant).Value.Page, Is.EqualTo(page));
    }

    [Test]
    public void Validate_WhenPageSizeIsInvalid_DoesNotJudgeTheRangeOfAHugePage()
    {
        AssertErrorsKeyed(new ListResourcesQuery(Page: int.MaxValue, PageSize: 101), "pageSize");
    }

    [Test]
    public void Validate_WhenNameFilterIsLongerThan255_ReturnsErrorKeyedName()
    {
        AssertErrorsKeyed(new ListResourcesQuery(Name: new string('a', 256)), "name");
    }

    [Test]
    public void Validate_WhenNameFilterHas255Characters_AcceptsIt()
    {
        Assert.That(ListResourcesRules.Validate(new ListResourcesQuery(Name: new string('a', 255)), Tenant).IsSuccess, Is.True);
    }

    [TestCase("MiXeD Room", "mixed room")]
    [TestCase("ÄRGER", "ärger")]
    public void Validate_WhenNameFilterIsGiven_LowerCasesItIntoTheNameKey(string name, string expectedKey)
    {
        Assert.That(ListResourcesRules.Validate(new ListResourcesQuery(Name: name), Tenant).Value.NameKey, Is.EqualTo(expectedKey));
    }

    [Test]
    public void Validate_WhenNameFilterIsEmpty_FiltersNothing()
    {
        Assert.That(ListResourcesRules.Validate(new ListResourcesQuery(Name: ""), Tenant).Value.NameKey, Is.Null);
    }

    [TestCase("id", ResourceSortField.Id, false)]
    [TestCase("-id", ResourceSortField.Id, true)]
    [TestCase("name", ResourceSortField.Name, false)]
    [TestCase("-name", ResourceSortField.Name, true)]
    [TestCase("createdAt", ResourceSortField.CreatedAt, false)]
    [TestCase("-createdAt", ResourceSortField.CreatedAt, true)]
    [TestCase("ID", ResourceSortField.Id, false)]
    [TestCase("-Name", ResourceSortField.Name, true)]
    [TestCase("CREATEDAT", ResourceSortField.CreatedAt, false)]
    [TestCase("-createdat", ResourceSortField.CreatedAt, true)]
    [TestCase("", ResourceSortField.Id, false)]
    public void Validate_WhenSortIsKnown_SetsFieldAndDirection(string sort, ResourceSortField field, bool descending)
    {
        var criteria = ListResourcesRules.Validate(new ListResourcesQuery(Sort: sort), Tenant).Value;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(criteria.SortBy, Is.EqualTo(field));
            Assert.That(criteria.Descending, Is.EqualTo(descending));
        }
    }

    [TestCase("size")]
    [TestCase("-")]
    [TestCase("--id")]
    [TestCase("+id")]
    [TestCase(" id")]
    [TestCase("name,id")]
    [TestCase("created_at")]
    public void Validate_WhenSortIsUnknown_ReturnsErrorKeyedSort(string sort)
    {
        AssertErrorsKeyed(new ListResourcesQuery(Sort: sort), "sort");
    }

    [Test]
    public void Validate_WhenSeveralValuesAreInvalid_ReturnsOneValidationErrorKeyedByEach()
    {
        var query = new ListResourcesQuery(Page: 0, PageSize: 101, Name: new string('a', 256), Sort: "size");

        AssertErrorsKeyed(query, "page", "pageSize", "sort", "name");
    }

    [Test]
    public void Validate_WithTheCursorOfThisList_ContinuesAfterItsPosition()
    {
        var first = ListResourcesRules.Validate(new ListResourcesQuery(Sort: "-name", Name: "Room"), Tenant).Value;
        var cursor = ResourceCursor.Encode(new ResourcePosition(7, "room 7"), first, Tenant);

        var next = ListResourcesRules.Validate(new ListResourcesQuery(Sort: "-name", Name: "Room", Cursor: cursor), Tenant).Value;

        Assert.That(next, Is.EqualTo(first with { Page = null, After = new ResourcePosition(7, NameKey: "room 7") }));
    }

    [Test]
    public void Validate_WithACursorOfAnotherList_ReturnsErrorKeyedCursor()
    {
        var byId = ListResourcesRules.Validate(new ListResourcesQuery(), Tenant).Value;
        var cursor = ResourceCursor.Encode(new ResourcePosition(7), byId, Tenant);

        var result = ListResourcesRules.Validate(new ListResourcesQuery(Sort: "-id", Cursor: cursor), Tenant);

        Assert.That(result.Error?.Fields?[PagingRules.CursorParameter].Single(),
            Is.EqualTo("The cursor is not one this list issued: pass meta.nextCursor unchanged, with the same name and sort."));
    }

    [Test]
    public void Validate_WithBothPageAndCursor_ReturnsErrorKeyedPage()
    {
        var cursor = ResourceCursor.Encode(new ResourcePosition(7), ListResourcesRules.Validate(new ListResourcesQuery(), Tenant).Value, Tenant);

        AssertErrorsKeyed(new ListResourcesQuery(Page: 2, Cursor: cursor), "page");
    }

    private static void AssertErrorsKeyed(ListResourcesQuery query, params string[] fields)
    {
        var result = ListResourcesRules.Validate(query, Tenant);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Error?.Kind, Is.EqualTo(ErrorKind.Validation));
            Assert.That(result.Error?.Code, Is.EqualTo("validation_failed"));
            Assert.That(result.Error?.Fields?.Keys, Is.EquivalentTo(fields));
        }
    }
}
