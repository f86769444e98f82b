using Moq;
using ResourceService.Application.Common;
using ResourceService.Application.Resources;
using ResourceService.Application.Resources.CreateResource;
using ResourceService.Application.UnitTests.Support;
using ResourceService.Domain.Common;
using ResourceService.Domain.Resources;
using CreateResourceHandler = ResourceService.Application.Resources.CreateResource.CreateResource;

namespace ResourceService.Application.UnitTests.Resources.CreateResource;

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class CreateResourceTests
{
    private readonly Mock<IResourceRepository> _repository = new();
    private readonly Mock<IUnitOfWork> _unitOfWork = new();
    private readonly CreateResourceHandler _createResource;

    public CreateResourceTests()
    {
        _unitOfWork.Setup(unitOfWork => unitOfWork.SaveChangesAsync(It.IsAny<CancellationToken>())).ReturnsAsync(SaveOutcomes.Saved);
        _createResource = new CreateResourceHandler(_repository.Object, _unitOfWork.Object, Clocks.Fixed());
    }

    [Test]
    public async Task Execute_WhenNameIsValid_AddsTheResourceAndSavesOnce()
    {
        using var cancellation = new CancellationTokenSource();

        await _createResource.ExecuteAsync(new CreateResourceCommand("  Meeting Room "), cancellation.Token);

        _repository.Verify(repository => repository.Add(It.Is<Resource>(added => added.Name == "Meeting Room")), Times.Once);
        _unitOfWork.Verify(unitOfWork => unitOfWork.SaveChangesAsync(cancellation.Token), Times.Once);
    }

    [Test]
    public async Task Execute_WhenNameIsValid_ReturnsTheNewResourceAtVersionOne()
    {
        var result = await _createResource.ExecuteAsync(new CreateResourceCommand("  Meeting Room "), CancellationToken.None);

        Assert.That(result.Value, Is.EqualTo(new ResourceResponse(0, "Meeting Room", Clocks.NowInWholeMicroseconds, null, 1)));
    }

    [TestCase(null)]
    [TestCase("   ")]
    [TestCase("a\u0000b")]
    public async Task Execute_WhenNameIsInvalid_ReturnsValidationErrorAndSavesNothing(string? name)
    {
        var result = await _createResource.ExecuteAsync(new CreateResourceCommand(name), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Error?.Kind, Is.EqualTo(ErrorKind.Validation));
            Assert.That(result.Error?.Fields?.Keys, Is.EquivalentTo(new[] { "name" }));
        }

        _repository.Verify(repository => repository.Add(It.IsAny<Resource>()), Times.Never);
        _unitOfWork.Verify(unitOfWork => unitOfWork.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task Execute_WhenUnitOfWorkReportsConflict_ReturnsThatConflict()
    {
        _unitOfWork.Setup(unitOfWork => unitOfWork.SaveChangesAsync(It.IsAny<CancellationToken>())).ReturnsAsync(SaveOutcomes.Conflict);

        var result = await _createResource.ExecuteAsync(new CreateResourceCommand("Meeting Room"), CancellationToken.None);

        Assert.That(result.Error, Is.SameAs(SaveOutcomes.Conflict));
    }
}
