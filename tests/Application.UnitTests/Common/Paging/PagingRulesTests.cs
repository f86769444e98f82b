using ResourceService.Application.Common.Paging;

namespace ResourceService.Application.UnitTests.Common.Paging;

// The paging of any module's list; the resource list's own messages are in ListResourcesRulesMessageTests.
public sealed class PagingRulesTests
{
    [Test]
    public void Validate_WithoutPagingParameters_IsTheDefaultPageSizeWithoutErrors()
    {
        var errors = new Dictionary<string, string[]>();

        var size = PagingRules.Validate(null, null, hasCursor: false, "entries", errors);

        Assert.That((size, errors.Count), Is.EqualTo((PagingRules.DefaultPageSize, 0)));
    }

    [TestCase(1)]
    [TestCase(PagingRules.MaxPageSize)]
    public void Validate_OfAPageSizeInRange_IsThatSize(int pageSize)
    {
        var errors = new Dictionary<string, string[]>();

        Assert.That(PagingRules.Validate(1, pageSize, hasCursor: false, "entries", errors), Is.EqualTo(pageSize));
        Assert.That(errors, Is.Empty);
    }

    [TestCase(0)]
    [TestCase(PagingRules.MaxPageSize + 1)]
    public void Validate_OfAPageSizeOutOfRange_IsAnErrorKeyedPageSize(int pageSize)
    {
        var errors = new Dictionary<string, string[]>();

        PagingRules.Validate(null, pageSize, hasCursor: false, "entries", errors);

        Assert.That(errors.Keys, Is.EqualTo(new[] { PagingRules.PageSizeParameter }));
    }

    [Test]
    public void Validate_OfAPageWithACursor_IsAnErrorKeyedPage()
    {
        var errors = new Dictionary<string, string[]>();

        PagingRules.Validate(1, null, hasCursor: true, "entries", errors);

        Assert.That(errors[PagingRules.PageParameter], Is.EqualTo(new[] { "Send either page or cursor, not both." }));
    }

    [Test]
    public void Validate_OfAPageBeyondTheOffsetBound_NamesWhatTheListHolds()
    {
        var errors = new Dictionary<string, string[]>();

        PagingRules.Validate((PagingRules.MaxOffsetRows / 10) + 1, 10, hasCursor: false, "entries", errors);

        Assert.That(errors[PagingRules.PageParameter].Single(), Does.Contain($"first {PagingRules.MaxOffsetRows} entries"));
    }

    [Test]
    public void Validate_OfTheLastPageWithinTheOffsetBound_IsValid()
    {
        var errors = new Dictionary<string, string[]>();

        PagingRules.Validate(PagingRules.MaxOffsetRows / 10, 10, hasCursor: false, "entries", errors);

        Assert.That(errors, Is.Empty);
    }

    [TestCase(null, false, 1)]
    [TestCase(3, false, 3)]
    [TestCase(null, true, null)]
    public void PageOf_IsTheFirstByDefaultAndNoneWithACursor(int? page, bool hasCursor, int? expected)
    {
        Assert.That(PagingRules.PageOf(page, hasCursor), Is.EqualTo(expected));
    }
}
