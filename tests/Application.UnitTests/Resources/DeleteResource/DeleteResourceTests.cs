using Moq;
using ResourceService.Application.Common;
using ResourceService.Application.Resources;
using ResourceService.Application.Resources.DeleteResource;
using ResourceService.Application.UnitTests.Support;
using ResourceService.Domain.Common;
using ResourceService.Domain.Resources;
using DeleteResourceHandler = ResourceService.Application.Resources.DeleteResource.DeleteResource;

namespace ResourceService.Application.UnitTests.Resources.DeleteResource;

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class DeleteResourceTests
{
    private const int Id = 7;

    private readonly Resource _stored = StoredResources.AtVersion(3);
    private readonly Mock<IResourceRepository> _repository = new();
    private readonly Mock<IUnitOfWork> _unitOfWork = new();
    private readonly DeleteResourceHandler _deleteResource;

    public DeleteResourceTests()
    {
        _repository.Setup(repository => repository.FindAsync(Id, It.IsAny<CancellationToken>())).ReturnsAsync(_stored);
        _unitOfWork.Setup(unitOfWork => unitOfWork.SaveChangesAsync(It.IsAny<CancellationToken>())).ReturnsAsync(SaveOutcomes.Saved);
        _deleteResource = new DeleteResourceHandler(_repository.Object, _unitOfWork.Object);
    }

    [Test]
    public async Task Execute_WhenResourceDoesNotExist_ReturnsNotFoundAndRemovesNothing()
    {
        var result = await _deleteResource.ExecuteAsync(new DeleteResourceCommand(8), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Error?.Kind, Is.EqualTo(ErrorKind.NotFound));
            Assert.That(result.Error?.Code, Is.EqualTo("resource_not_found"));
            Assert.That(result.Error?.Message, Is.EqualTo("Resource 8 does not exist."));
        }

        AssertNothingRemoved();
    }

    [TestCase(2)]
    [TestCase(4)]
    [TestCase(-1)]
    public async Task Execute_WhenExpectedVersionDiffers_ReturnsPreconditionFailedAndRemovesNothing(int expectedVersion)
    {
        var result = await _deleteResource.ExecuteAsync(new DeleteResourceCommand(Id, expectedVersion), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Error?.Kind, Is.EqualTo(ErrorKind.PreconditionFailed));
            Assert.That(result.Error?.Code, Is.EqualTo("resource_version_mismatch"));
            Assert.That(result.Error?.Message, Is.EqualTo($"Resource 7 is at version 3, not the expected version {expectedVersion}."));
        }

        AssertNothingRemoved();
    }

    [TestCase(3)]
    [TestCase(null)]
    public async Task Execute_WhenVersionMatchesOrIsNotGiven_RemovesTheResourceAndSavesOnce(int? expectedVersion)
    {
        using var cancellation = new CancellationTokenSource();

        var result = await _deleteResource.ExecuteAsync(new DeleteResourceCommand(Id, expectedVersion), cancellation.Token);

        Assert.That(result.IsSuccess, Is.True);
        _repository.Verify(repository => repository.Remove(_stored), Times.Once);
        _unitOfWork.Verify(unitOfWork => unitOfWork.SaveChangesAsync(cancellation.Token), Times.Once);
    }

    [Test]
    public async Task Execute_WhenUnitOfWorkReportsConflictWithoutAnExpectedVersion_ReturnsThatConflict()
    {
        _unitOfWork.Setup(unitOfWork => unitOfWork.SaveChangesAsync(It.IsAny<CancellationToken>())).ReturnsAsync(SaveOutcomes.Conflict);

        var result = await _deleteResource.ExecuteAsync(new DeleteResourceCommand(Id), CancellationToken.None);

        Assert.That(result.Error, Is.SameAs(SaveOutcomes.Conflict));
    }

    [Test]
    public async Task Execute_WhenAnotherWriterWinsAfterTheIfMatchCheck_ReturnsPreconditionFailed()
    {
        _unitOfWork.Setup(unitOfWork => unitOfWork.SaveChangesAsync(It.IsAny<CancellationToken>())).ReturnsAsync(SaveOutcomes.Conflict);

        var result = await _deleteResource.ExecuteAsync(new DeleteResourceCommand(Id, 3), CancellationToken.None);

        Assert.That((result.Error?.Kind, result.Error?.Code), Is.EqualTo((ErrorKind.PreconditionFailed, "resource_version_mismatch")));
    }

    private void AssertNothingRemoved()
    {
        _repository.Verify(repository => repository.Remove(It.IsAny<Resource>()), Times.Never);
        _unitOfWork.Verify(unitOfWork => unitOfWork.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Never);
    }
}
