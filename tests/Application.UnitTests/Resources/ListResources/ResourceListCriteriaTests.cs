using ResourceService.Application.Resources.ListResources;

namespace ResourceService.Application.UnitTests.Resources.ListResources;

public sealed class ResourceListCriteriaTests
{
    [TestCase(1, 20, 0)]
    [TestCase(3, 20, 40)]
    [TestCase(2, 100, 100)]
    public void Skip_CountsTheRowsOfEarlierPages(int page, int pageSize, int expected)
    {
        var criteria = new ResourceListCriteria(page, pageSize, null, ResourceSortField.Id, Descending: false);

        Assert.That(criteria.Skip, Is.EqualTo(expected));
    }
}
