using Moq;
using ResourceService.Application.Notes;
using ResourceService.Application.Notes.CreateNote;
using ResourceService.Application.UnitTests.Support;
using ResourceService.Domain.Common;
using ResourceService.Domain.Notes;

namespace ResourceService.Application.UnitTests.Notes;

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class CreateNoteTests
{
    private readonly Mock<INoteRepository> _notes = new();
    private readonly CreateNote _createNote;

    public CreateNoteTests()
    {
        _notes.Setup(notes => notes.SaveChangesAsync(It.IsAny<CancellationToken>())).ReturnsAsync(SaveOutcomes.Saved);
        _createNote = new CreateNote(_notes.Object, Clocks.Fixed());
    }

    [Test]
    public async Task Execute_WhenTitleIsValid_AddsTheNoteSavesOnceAndReturnsIt()
    {
        var result = await _createNote.ExecuteAsync(new CreateNoteCommand(" First "), CancellationToken.None);

        Assert.That(result.Value, Is.EqualTo(new NoteResponse(0, "First", Clocks.NowInWholeMicroseconds, null, 1)));
        _notes.Verify(notes => notes.Add(It.Is<Note>(added => added.Title == "First")), Times.Once);
        _notes.Verify(notes => notes.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task Execute_WhenTitleIsBlank_ReturnsAValidationErrorAndSavesNothing()
    {
        var result = await _createNote.ExecuteAsync(new CreateNoteCommand(" "), CancellationToken.None);

        Assert.That(result.Error?.Kind, Is.EqualTo(ErrorKind.Validation));
        _notes.Verify(notes => notes.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task Execute_WhenTheSaveFails_ReturnsItsError()
    {
        _notes.Setup(notes => notes.SaveChangesAsync(It.IsAny<CancellationToken>())).ReturnsAsync(SaveOutcomes.Conflict);

        var result = await _createNote.ExecuteAsync(new CreateNoteCommand("First"), CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(SaveOutcomes.Conflict));
    }
}
