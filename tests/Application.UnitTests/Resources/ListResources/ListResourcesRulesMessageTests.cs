using ResourceService.Application.Common.Paging;
using ResourceService.Application.Resources.ListResources;
using ResourceService.Domain.Resources;

namespace ResourceService.Application.UnitTests.Resources.ListResources;

// The messages reach a frontend as the problem's `errors`, to be shown beside the parameter. Their contract
// is what they tell the caller to change (the bound, the allowed values), not their exact wording.
public sealed class ListResourcesRulesMessageTests
{
    [TestCase(0, null)]
    [TestCase(int.MinValue, null)]
    [TestCase(int.MinValue, 1)]
    [TestCase(int.MinValue, 100)]
    public void Validate_WhenPageIsBelowOne_SaysItMustBeOneOrMoreWhateverThePageSize(int page, int? pageSize)
    {
        Assert.That(MessagesFor(new ListResourcesQuery(page, pageSize), PagingRules.PageParameter), Is.EqualTo(new[] { "The page must be 1 or more." }));
    }

    [TestCase(0)]
    [TestCase(PagingRules.MaxPageSize + 1)]
    public void Validate_WhenPageSizeIsOutOfRange_NamesTheRange(int pageSize)
    {
        var message = MessagesFor(new ListResourcesQuery(PageSize: pageSize), PagingRules.PageSizeParameter).Single();

        Assert.That(message, Does.Contain($"between 1 and {PagingRules.MaxPageSize}"));
    }

    [Test]
    public void Validate_WhenPageIsOutOfReach_SaysSo()
    {
        var message = MessagesFor(new ListResourcesQuery(int.MaxValue, PagingRules.MaxPageSize), PagingRules.PageParameter).Single();

        Assert.That(message, Is.Not.Empty);
    }

    [Test]
    public void Validate_WhenNameFilterIsTooLong_NamesTheLimit()
    {
        var message = MessagesFor(new ListResourcesQuery(Name: new string('a', ResourceName.MaxLength + 1)), ListResourcesRules.NameParameter).Single();

        Assert.That(message, Does.Contain($"at most {ResourceName.MaxLength} characters"));
    }

    [TestCase("room\u0000")]
    [TestCase("\tboard")]
    [TestCase("line\nbreak")]
    public void Validate_WhenNameFilterHasAControlCharacter_SaysControlCharactersAreNotAllowed(string name)
    {
        var message = MessagesFor(new ListResourcesQuery(Name: name), ListResourcesRules.NameParameter).Single();

        Assert.That(message, Does.Contain("control characters"));
    }

    [Test]
    public void Validate_WhenSortIsUnknown_ListsTheAllowedValues()
    {
        var message = MessagesFor(new ListResourcesQuery(Sort: "size"), ListResourcesRules.SortParameter).Single();

        Assert.That(message, Does.Contain(ListResourcesRules.SortValues));
    }

    private static string[] MessagesFor(ListResourcesQuery query, string parameter)
    {
        var fields = ListResourcesRules.Validate(query, "acme").Error?.Fields;
        Assert.That(fields, Does.ContainKey(parameter));
        return fields![parameter];
    }
}
