using ResourceService.Application.Resources.ListResources;
using ResourceService.Domain.Common;

namespace ResourceService.Application.UnitTests.Resources.ListResources;

public sealed class ListResourcesRulesTests
{
    [Test]
    public void Validate_WhenNothingIsGiven_AsksForFirstPageOfTwentySortedById()
    {
        var criteria = ListResourcesRules.Validate(new ListResourcesQuery()).Value;

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
        Assert.That(ListResourcesRules.Validate(new ListResourcesQuery(Page: page)).Value.Page, Is.EqualTo(page));
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
        Assert.That(ListResourcesRules.Validate(new ListResourcesQuery(PageSize: pageSize)).Value.PageSize, Is.EqualTo(pageSize));
    }

    // The rows skipped before a page, (page - 1) * pageSize, must fit in an int.
    [TestCase(int.MaxValue, 100)]
    [TestCase(21_474_838, 100)]
    [TestCase(int.MaxValue, 2)]
    public void Validate_WhenPageStartsBeyondTheIntRange_ReturnsErrorKeyedPage(int page, int pageSize)
    {
        AssertErrorsKeyed(new ListResourcesQuery(Page: page, PageSize: pageSize), "page");
    }

    [Test]
    public void Validate_WhenPageStartsBeyondTheIntRangeAtTheDefaultPageSize_ReturnsErrorKeyedPage()
    {
        AssertErrorsKeyed(new ListResourcesQuery(Page: 107_374_184), "page");
    }

    [TestCase(int.MaxValue, 1)]
    [TestCase(21_474_837, 100)]
    [TestCase(107_374_183, null)]
    public void Validate_WhenPageStartsWithinTheIntRange_KeepsIt(int page, int? pageSize)
    {
        Assert.That(ListResourcesRules.Validate(new ListResourcesQuery(Page: page, PageSize: pageSize)).Value.Page, Is.EqualTo(page));
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
        Assert.That(ListResourcesRules.Validate(new ListResourcesQuery(Name: new string('a', 255))).IsSuccess, Is.True);
    }

    [TestCase("MiXeD Room", "mixed room")]
    [TestCase("ÄRGER", "ärger")]
    public void Validate_WhenNameFilterIsGiven_LowerCasesItIntoTheNameKey(string name, string expectedKey)
    {
        Assert.That(ListResourcesRules.Validate(new ListResourcesQuery(Name: name)).Value.NameKey, Is.EqualTo(expectedKey));
    }

    [Test]
    public void Validate_WhenNameFilterIsEmpty_FiltersNothing()
    {
        Assert.That(ListResourcesRules.Validate(new ListResourcesQuery(Name: "")).Value.NameKey, Is.Null);
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
        var criteria = ListResourcesRules.Validate(new ListResourcesQuery(Sort: sort)).Value;

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

    private static void AssertErrorsKeyed(ListResourcesQuery query, params string[] fields)
    {
        var result = ListResourcesRules.Validate(query);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Error?.Kind, Is.EqualTo(ErrorKind.Validation));
            Assert.That(result.Error?.Code, Is.EqualTo("validation_failed"));
            Assert.That(result.Error?.Fields?.Keys, Is.EquivalentTo(fields));
        }
    }
}
