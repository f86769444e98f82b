using Moq;
using ResourceService.Application.Common;
using ResourceService.Application.Resources;
using ResourceService.Application.Resources.ListResources;
using ResourceService.Application.UnitTests.Support;
using ResourceService.Domain.Common;
using ListResourcesHandler = ResourceService.Application.Resources.ListResources.ListResources;

namespace ResourceService.Application.UnitTests.Resources.ListResources;

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class ListResourcesTests
{
    private const string Tenant = "acme";

    private readonly Mock<IResourceQueries> _queries = new();
    private readonly Mock<ICurrentUser> _user = new();
    private readonly ListResourcesHandler _listResources;

    public ListResourcesTests()
    {
        _user.SetupGet(user => user.TenantId).Returns(Tenant);
        _listResources = new ListResourcesHandler(_queries.Object, _user.Object);
    }

    [Test]
    public async Task Execute_WhenQueryIsValid_ReturnsThePageForItsCriteria()
    {
        var rows = new[] { new ResourceResponse(3, "Room", StoredResources.CreatedAt, null, 1) };
        var expected = new ResourceListCriteria(2, 10, "room", ResourceSortField.Name, Descending: true);
        using var cancellation = new CancellationTokenSource();
        _queries.Setup(queries => queries.ListAsync(expected, cancellation.Token))
            .ReturnsAsync(new ResourcePage(rows, HasMore: false, 15, TotalCountExact: true));

        var result = await _listResources.ExecuteAsync(new ListResourcesQuery(2, 10, "Room", "-name"), cancellation.Token);

        Assert.That(result.Value, Is.EqualTo(new PagedList<ResourceResponse>(rows, 2, 10, 15, TotalCountExact: true, NextCursor: null)));
    }

    [Test]
    public async Task Execute_WhenMoreRowsFollow_GivesACursorThatContinuesAfterTheLastRow()
    {
        var last = new ResourceResponse(9, "Meeting Room", StoredResources.CreatedAt, null, 1);
        _queries.Setup(queries => queries.ListAsync(It.IsAny<ResourceListCriteria>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ResourcePage([last], HasMore: true, 50_000, TotalCountExact: false));

        var page = (await _listResources.ExecuteAsync(new ListResourcesQuery(Sort: "name", Name: "room"), CancellationToken.None)).Value;
        var next = ListResourcesRules.Validate(new ListResourcesQuery(Sort: "name", Name: "room", Cursor: page.NextCursor), Tenant);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(next.Value.After, Is.EqualTo(new ResourcePosition(9, NameKey: "meeting room")));
            Assert.That(page.TotalCountExact, Is.False);
        }
    }

    [Test]
    public async Task Execute_WhenThePageIsTheLast_GivesNoCursor()
    {
        _queries.Setup(queries => queries.ListAsync(It.IsAny<ResourceListCriteria>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ResourcePage([new ResourceResponse(9, "Room", StoredResources.CreatedAt, null, 1)], HasMore: false, 1, true));

        var page = (await _listResources.ExecuteAsync(new ListResourcesQuery(), CancellationToken.None)).Value;

        Assert.That(page.NextCursor, Is.Null);
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
