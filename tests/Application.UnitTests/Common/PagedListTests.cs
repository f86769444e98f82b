using ResourceService.Application.Common;

namespace ResourceService.Application.UnitTests.Common;

public sealed class PagedListTests
{
    [TestCase(0, 20, 0)]
    [TestCase(1, 20, 1)]
    [TestCase(20, 20, 1)]
    [TestCase(21, 20, 2)]
    [TestCase(100, 20, 5)]
    [TestCase(101, 100, 2)]
    [TestCase(5, 1, 5)]
    public void TotalPages_CountsTheLastPartialPage(int totalCount, int pageSize, int expected)
    {
        var page = new PagedList<string>([], Page: 1, pageSize, totalCount);

        Assert.That(page.TotalPages, Is.EqualTo(expected));
    }
}
