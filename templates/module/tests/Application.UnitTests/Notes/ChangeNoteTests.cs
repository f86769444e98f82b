using Moq;
using ResourceService.Application.Notes;
using ResourceService.Application.Notes.DeleteNote;
using ResourceService.Application.Notes.GetNote;
using ResourceService.Application.Notes.UpdateNote;
using ResourceService.Application.UnitTests.Support;
using ResourceService.Domain.Common;
using ResourceService.Domain.Notes;

namespace ResourceService.Application.UnitTests.Notes;

/// <summary>The use cases that find a note by id first: get, update and delete.</summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class ChangeNoteTests
{
    private readonly Mock<INoteRepository> _notes = new();
    private readonly Note _stored = Note.Create("First", Clocks.NowInWholeMicroseconds).Value;

    public ChangeNoteTests()
    {
        _notes.Setup(notes => notes.FindAsync(7, It.IsAny<CancellationToken>())).ReturnsAsync(_stored);
        _notes.Setup(notes => notes.SaveChangesAsync(It.IsAny<CancellationToken>())).ReturnsAsync(SaveOutcomes.Saved);
    }

    [Test]
    public async Task Get_WhenTheNoteIsUnknown_ReturnsNotFound()
    {
        var queries = new Mock<INoteQueries>();

        var result = await new GetNote(queries.Object).ExecuteAsync(new GetNoteQuery(8), CancellationToken.None);

        Assert.That((result.Error?.Kind, result.Error?.Code), Is.EqualTo((ErrorKind.NotFound, "note_not_found")));
    }

    [Test]
    public async Task Update_RetitlesTheStoredNoteAndSavesIt()
    {
        var result = await new UpdateNote(_notes.Object, Clocks.Fixed()).ExecuteAsync(new UpdateNoteCommand(7, "Second"), CancellationToken.None);

        Assert.That((result.Value.Title, result.Value.Version, result.Value.UpdatedAt), Is.EqualTo(("Second", 2, (DateTime?)Clocks.NowInWholeMicroseconds)));
        _notes.Verify(notes => notes.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task Update_WhenTheNoteIsUnknown_ReturnsNotFoundAndSavesNothing()
    {
        var result = await new UpdateNote(_notes.Object, Clocks.Fixed()).ExecuteAsync(new UpdateNoteCommand(8, "Second"), CancellationToken.None);

        Assert.That(result.Error?.Kind, Is.EqualTo(ErrorKind.NotFound));
        _notes.Verify(notes => notes.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task Update_WhenTitleIsInvalid_ReturnsAValidationErrorAndSavesNothing()
    {
        var result = await new UpdateNote(_notes.Object, Clocks.Fixed()).ExecuteAsync(new UpdateNoteCommand(7, ""), CancellationToken.None);

        Assert.That(result.Error?.Kind, Is.EqualTo(ErrorKind.Validation));
        _notes.Verify(notes => notes.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task Update_WhenAnotherWriterWasFirst_ReturnsTheConflict()
    {
        _notes.Setup(notes => notes.SaveChangesAsync(It.IsAny<CancellationToken>())).ReturnsAsync(SaveOutcomes.Conflict);

        var result = await new UpdateNote(_notes.Object, Clocks.Fixed()).ExecuteAsync(new UpdateNoteCommand(7, "Second"), CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(SaveOutcomes.Conflict));
    }

    [Test]
    public async Task Delete_RemovesTheStoredNoteAndSavesIt()
    {
        var result = await new DeleteNote(_notes.Object).ExecuteAsync(new DeleteNoteCommand(7), CancellationToken.None);

        Assert.That(result.IsSuccess, Is.True);
        _notes.Verify(notes => notes.Remove(_stored), Times.Once);
        _notes.Verify(notes => notes.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task Delete_WhenTheNoteIsUnknown_ReturnsNotFoundAndRemovesNothing()
    {
        var result = await new DeleteNote(_notes.Object).ExecuteAsync(new DeleteNoteCommand(8), CancellationToken.None);

        Assert.That(result.Error?.Kind, Is.EqualTo(ErrorKind.NotFound));
        _notes.Verify(notes => notes.Remove(It.IsAny<Note>()), Times.Never);
    }
}
