using Moq;
using ResourceService.Application.Resources;
using ResourceService.Application.Resources.GetResource;
using ResourceService.Application.UnitTests.Support;
using ResourceService.Domain.Common;
using GetResourceHandler = ResourceService.Application.Resources.GetResource.GetResource;

namespace ResourceService.Application.UnitTests.Resources.GetResource;

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class GetResourceTests
{
    private readonly Mock<IResourceQueries> _queries = new();
    private readonly GetResourceHandler _getResource;

    public GetResourceTests() => _getResource = new GetResourceHandler(_queries.Object);

    [Test]
    public async Task Execute_WhenResourceExists_ReturnsIt()
    {
        var found = new ResourceResponse(7, "Meeting Room", StoredResources.CreatedAt, null, 1);
        using var cancellation = new CancellationTokenSource();
        _queries.Setup(queries => queries.FindAsync(7, cancellation.Token)).ReturnsAsync(found);

        var result = await _getResource.ExecuteAsync(new GetResourceQuery(7), cancellation.Token);

        Assert.That(result.Value, Is.SameAs(found));
    }

    [Test]
    public async Task Execute_WhenResourceDoesNotExist_ReturnsNotFound()
    {
        _queries.Setup(queries => queries.FindAsync(7, It.IsAny<CancellationToken>())).ReturnsAsync((ResourceResponse?)null);

        var result = await _getResource.ExecuteAsync(new GetResourceQuery(7), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Error?.Kind, Is.EqualTo(ErrorKind.NotFound));
            Assert.That(result.Error?.Code, Is.EqualTo("resource_not_found"));
            Assert.That(result.Error?.Message, Is.EqualTo("Resource 7 does not exist."));
        }
    }
}
