using ResourceService.Domain.Common;
using ResourceService.Domain.Notes;

namespace ResourceService.Domain.UnitTests.Notes;

public sealed class NoteTests
{
    private static readonly DateTime CreatedAt = new(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);

    [Test]
    public void Create_WhenTitleIsValid_TrimsItAndStartsAtVersionOne()
    {
        var note = Note.Create("  First  ", CreatedAt).Value;

        Assert.That((note.Title, note.CreatedAt, note.UpdatedAt, note.Version), Is.EqualTo(("First", CreatedAt, (DateTime?)null, 1)));
    }

    [TestCase(null)]
    [TestCase("   ")]
    [TestCase("a\u0007b")]
    public void Create_WhenTitleIsInvalid_ReturnsAValidationErrorOnTheTitle(string? title)
    {
        var error = Note.Create(title, CreatedAt).Error;

        Assert.That((error?.Kind, error?.Fields?.Keys.Single()), Is.EqualTo((ErrorKind.Validation, NoteTitle.Field)));
    }

    [Test]
    public void Create_CountsTheTitleInCodePoints_AsTheApiSchemaDoes()
    {
        var longest = string.Concat(Enumerable.Repeat("🚀", NoteTitle.MaxLength));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Note.Create(longest, CreatedAt).IsSuccess, Is.True);
            Assert.That(Note.Create(longest + "x", CreatedAt).IsSuccess, Is.False);
        }
    }

    [Test]
    public void Create_WhenTimeIsNotUtc_Throws()
    {
        Assert.Throws<ArgumentException>(() => Note.Create("First", DateTime.SpecifyKind(CreatedAt, DateTimeKind.Local)));
    }

    [Test]
    public void Retitle_ChangesTheTitle_StampsTheTime_AndIncrementsTheVersion()
    {
        var note = Note.Create("First", CreatedAt).Value;

        note.Retitle(" Second ", CreatedAt.AddHours(1));

        Assert.That((note.Title, note.UpdatedAt, note.Version), Is.EqualTo(("Second", (DateTime?)CreatedAt.AddHours(1), 2)));
    }

    [Test]
    public void Retitle_WhenTitleIsInvalid_KeepsTheNoteUnchanged()
    {
        var note = Note.Create("First", CreatedAt).Value;

        var result = note.Retitle("", CreatedAt.AddHours(1));

        Assert.That((result.IsSuccess, note.Title, note.UpdatedAt, note.Version), Is.EqualTo((false, "First", (DateTime?)null, 1)));
    }
}
