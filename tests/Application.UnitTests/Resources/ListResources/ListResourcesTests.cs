using Moq;
using ResourceService.Application.Common;
using ResourceService.Application.Resources;
using ResourceService.Application.Resources.ListResources;
using ResourceService.Domain.Common;
using ListResourcesHandler = ResourceService.Application.Resources.ListResources.ListResources;

namespace ResourceService.Application.UnitTests.Resources.ListResources;

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class ListResourcesTests
{
    private readonly Mock<IResourceQueries> _queries = new();
    private readonly ListResourcesHandler _listResources;

    public ListResourcesTests() => _listResources = new ListResourcesHandler(_queries.Object);

    [Test]
    public async Task Execute_WhenQueryIsValid_ReturnsThePageForItsCriteria()
    {
        var page = new PagedList<ResourceResponse>([], 2, 10, 15);
        var expected = new ResourceListCriteria(2, 10, "room", ResourceSortField.Name, Descending: true);
        using var cancellation = new CancellationTokenSource();
        _queries.Setup(queries => queries.ListAsync(expected, cancellation.Token)).ReturnsAsync(page);

        var result = await _listResources.ExecuteAsync(new ListResourcesQuery(2, 10, "Room", "-name"), cancellation.Token);

        Assert.That(result.Value, Is.SameAs(page));
    }

    [Test]
    public async Task Execute_WhenQueryIsInvalid_ReturnsValidationErrorWithoutQuerying()
    {
        var result = await _listResources.ExecuteAsync(new ListResourcesQuery(Page: 0), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Error?.Kind, Is.EqualTo(ErrorKind.Validation));
            Assert.That(result.Error?.Fields?.Keys, Is.EquivalentTo(new[] { "page" }));
        }

        _queries.Verify(queries => queries.ListAsync(It.IsAny<ResourceListCriteria>(), It.IsAny<CancellationToken>()), Times.Never);
    }
}
