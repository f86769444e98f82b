using Moq;
using ResourceService.Application.Common;
using ResourceService.Application.Resources;
using ResourceService.Application.Resources.UpdateResource;
using ResourceService.Application.UnitTests.Support;
using ResourceService.Domain.Common;
using ResourceService.Domain.Resources;
using UpdateResourceHandler = ResourceService.Application.Resources.UpdateResource.UpdateResource;

namespace ResourceService.Application.UnitTests.Resources.UpdateResource;

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class UpdateResourceTests
{
    private const int Id = 7;

    private readonly Resource _stored = StoredResources.AtVersion(3, "Meeting Room");
    private readonly Mock<IResourceRepository> _repository = new();
    private readonly Mock<IUnitOfWork> _unitOfWork = new();
    private readonly UpdateResourceHandler _updateResource;

    public UpdateResourceTests()
    {
        _repository.Setup(repository => repository.FindAsync(Id, It.IsAny<CancellationToken>())).ReturnsAsync(_stored);
        _unitOfWork.Setup(unitOfWork => unitOfWork.SaveChangesAsync(It.IsAny<CancellationToken>())).ReturnsAsync(SaveOutcomes.Saved);
        _updateResource = new UpdateResourceHandler(_repository.Object, _unitOfWork.Object, Clocks.Fixed());
    }

    [Test]
    public async Task Execute_WhenResourceDoesNotExist_ReturnsNotFoundAndSavesNothing()
    {
        var result = await _updateResource.ExecuteAsync(new UpdateResourceCommand(8, "Board Room"), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Error?.Kind, Is.EqualTo(ErrorKind.NotFound));
            Assert.That(result.Error?.Code, Is.EqualTo("resource_not_found"));
            Assert.That(result.Error?.Message, Is.EqualTo("Resource 8 does not exist."));
        }

        AssertNothingSaved();
    }

    [TestCase(2)]
    [TestCase(4)]
    [TestCase(-1)]
    public async Task Execute_WhenExpectedVersionDiffers_ReturnsPreconditionFailedAndSavesNothing(int expectedVersion)
    {
        var result = await _updateResource.ExecuteAsync(new UpdateResourceCommand(Id, "Board Room", expectedVersion), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Error?.Kind, Is.EqualTo(ErrorKind.PreconditionFailed));
            Assert.That(result.Error?.Code, Is.EqualTo("resource_version_mismatch"));
            Assert.That(result.Error?.Message, Is.EqualTo($"Resource 7 is at version 3, not the expected version {expectedVersion}."));
            Assert.That(_stored.Name, Is.EqualTo("Meeting Room"));
            Assert.That(_stored.Version, Is.EqualTo(3));
        }

        AssertNothingSaved();
    }

    [TestCase(null)]
    [TestCase("  ")]
    [TestCase("a\u007fb")]
    public async Task Execute_WhenNameIsInvalid_ReturnsValidationErrorAndSavesNothing(string? name)
    {
        var result = await _updateResource.ExecuteAsync(new UpdateResourceCommand(Id, name, 3), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Error?.Kind, Is.EqualTo(ErrorKind.Validation));
            Assert.That(result.Error?.Fields?.Keys, Is.EquivalentTo(new[] { "name" }));
        }

        AssertNothingSaved();
    }

    [TestCase(3)]
    [TestCase(null)]
    public async Task Execute_WhenVersionMatchesOrIsNotGiven_SavesOnceAndReturnsTheNextVersion(int? expectedVersion)
    {
        using var cancellation = new CancellationTokenSource();

        var result = await _updateResource.ExecuteAsync(new UpdateResourceCommand(Id, " Board Room ", expectedVersion), cancellation.Token);

        Assert.That(
            result.Value,
            Is.EqualTo(new ResourceResponse(0, "Board Room", StoredResources.CreatedAt, Clocks.NowInWholeMicroseconds, 4)));
        _unitOfWork.Verify(unitOfWork => unitOfWork.SaveChangesAsync(cancellation.Token), Times.Once);
    }

    [Test]
    public async Task Execute_WhenUnitOfWorkReportsConflictWithoutAnExpectedVersion_ReturnsThatConflict()
    {
        _unitOfWork.Setup(unitOfWork => unitOfWork.SaveChangesAsync(It.IsAny<CancellationToken>())).ReturnsAsync(SaveOutcomes.Conflict);

        var result = await _updateResource.ExecuteAsync(new UpdateResourceCommand(Id, "Board Room"), CancellationToken.None);

        Assert.That(result.Error, Is.SameAs(SaveOutcomes.Conflict));
    }

    [Test]
    public async Task Execute_WhenAnotherWriterWinsAfterTheIfMatchCheck_ReturnsPreconditionFailed()
    {
        _unitOfWork.Setup(unitOfWork => unitOfWork.SaveChangesAsync(It.IsAny<CancellationToken>())).ReturnsAsync(SaveOutcomes.Conflict);

        var result = await _updateResource.ExecuteAsync(new UpdateResourceCommand(Id, "Board Room", 3), CancellationToken.None);

        Assert.That((result.Error?.Kind, result.Error?.Code), Is.EqualTo((ErrorKind.PreconditionFailed, "resource_version_mismatch")));
    }

    private void AssertNothingSaved() =>
        _unitOfWork.Verify(unitOfWork => unitOfWork.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Never);
}
