using ResourceService.Domain.Common;
using ResourceService.Domain.Resources;

namespace ResourceService.Domain.UnitTests.Resources;

public sealed class ResourceTests
{
    private static readonly DateTime CreatedAt = new(2026, 11, 27, 15, 36, 51, DateTimeKind.Utc);
    private static readonly DateTime RenamedAt = CreatedAt.AddHours(1);

    [Test]
    public void Create_WhenNameIsValid_SetsNameKeyTimeAndFirstVersion()
    {
        var resource = Resource.Create("  Meeting Room  ", CreatedAt).Value;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(resource.Name, Is.EqualTo("Meeting Room"));
            Assert.That(resource.NameKey, Is.EqualTo("meeting room"));
            Assert.That(resource.CreatedAt, Is.EqualTo(CreatedAt));
            Assert.That(resource.CreatedAt.Kind, Is.EqualTo(DateTimeKind.Utc));
            Assert.That(resource.UpdatedAt, Is.Null);
            Assert.That(resource.Version, Is.EqualTo(1));
        }
    }

    [TestCase(DateTimeKind.Local)]
    [TestCase(DateTimeKind.Unspecified)]
    public void Create_WhenTimeIsNotUtc_ThrowsArgumentException(DateTimeKind kind)
    {
        var time = DateTime.SpecifyKind(CreatedAt, kind);

        Assert.That(() => Resource.Create("Meeting Room", time), Throws.ArgumentException);
    }

    [TestCase(null)]
    [TestCase(" ")]
    [TestCase("a\u0000b")]
    public void Create_WhenNameIsInvalid_ReturnsValidationErrorKeyedName(string? name)
    {
        var result = Resource.Create(name, CreatedAt);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.IsSuccess, Is.False);
            Assert.That(result.Error?.Kind, Is.EqualTo(ErrorKind.Validation));
            Assert.That(result.Error?.Fields?.Keys, Is.EquivalentTo(new[] { "name" }));
        }
    }

    [Test]
    public void Create_WhenNameIsTooLong_ReturnsValidationErrorKeyedName()
    {
        var result = Resource.Create(new string('a', ResourceName.MaxLength + 1), CreatedAt);

        Assert.That(result.Error?.Fields?.Keys, Is.EquivalentTo(new[] { "name" }));
    }

    [Test]
    public void Rename_WhenNameIsValid_ChangesNameKeyAndUpdateTimeAndIncrementsVersion()
    {
        var resource = Resource.Create("Meeting Room", CreatedAt).Value;

        var result = resource.Rename("  Board ROOM ", RenamedAt);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Value, Is.SameAs(resource));
            Assert.That(resource.Name, Is.EqualTo("Board ROOM"));
            Assert.That(resource.NameKey, Is.EqualTo("board room"));
            Assert.That(resource.UpdatedAt, Is.EqualTo(RenamedAt));
            Assert.That(resource.CreatedAt, Is.EqualTo(CreatedAt));
            Assert.That(resource.Version, Is.EqualTo(2));
        }
    }

    [Test]
    public void Rename_WhenCalledTwice_IncrementsVersionEachTime()
    {
        var resource = Resource.Create("Meeting Room", CreatedAt).Value;

        resource.Rename("Board Room", RenamedAt);
        resource.Rename("Board Room", RenamedAt.AddMinutes(1));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(resource.Version, Is.EqualTo(3));
            Assert.That(resource.UpdatedAt, Is.EqualTo(RenamedAt.AddMinutes(1)));
        }
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("a\nb")]
    public void Rename_WhenNameIsInvalid_ReturnsValidationErrorAndLeavesResourceUnchanged(string? name)
    {
        var resource = Resource.Create("Meeting Room", CreatedAt).Value;

        var result = resource.Rename(name, RenamedAt);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Error?.Fields?.Keys, Is.EquivalentTo(new[] { "name" }));
            Assert.That(resource.Name, Is.EqualTo("Meeting Room"));
            Assert.That(resource.NameKey, Is.EqualTo("meeting room"));
            Assert.That(resource.UpdatedAt, Is.Null);
            Assert.That(resource.Version, Is.EqualTo(1));
        }
    }

    [Test]
    public void Rename_WhenNameIsTooLong_LeavesResourceUnchanged()
    {
        var resource = Resource.Create("Meeting Room", CreatedAt).Value;

        var result = resource.Rename(new string('a', ResourceName.MaxLength + 1), RenamedAt);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.IsSuccess, Is.False);
            Assert.That(resource.Name, Is.EqualTo("Meeting Room"));
            Assert.That(resource.Version, Is.EqualTo(1));
        }
    }

    [TestCase(DateTimeKind.Local)]
    [TestCase(DateTimeKind.Unspecified)]
    public void Rename_WhenTimeIsNotUtc_ThrowsArgumentException(DateTimeKind kind)
    {
        var resource = Resource.Create("Meeting Room", CreatedAt).Value;

        Assert.That(() => resource.Rename("Board Room", DateTime.SpecifyKind(RenamedAt, kind)), Throws.ArgumentException);
    }

    [TestCase(DateTimeKind.Local, null)]
    [TestCase(DateTimeKind.Unspecified, " ")]
    [TestCase(DateTimeKind.Local, "a\u0000b")]
    public void Create_WhenTimeIsNotUtc_ThrowsEvenIfTheNameIsInvalid(DateTimeKind kind, string? name)
    {
        var time = DateTime.SpecifyKind(CreatedAt, kind);

        Assert.That(() => Resource.Create(name, time), Throws.ArgumentException);
    }

    [TestCase(DateTimeKind.Local)]
    [TestCase(DateTimeKind.Unspecified)]
    public void Rename_WhenTimeIsNotUtc_LeavesResourceUnchangedEvenIfTheNameIsValid(DateTimeKind kind)
    {
        var resource = Resource.Create("Meeting Room", CreatedAt).Value;

        Assert.That(() => resource.Rename("Board Room", DateTime.SpecifyKind(RenamedAt, kind)), Throws.ArgumentException);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(resource.Name, Is.EqualTo("Meeting Room"));
            Assert.That(resource.NameKey, Is.EqualTo("meeting room"));
            Assert.That(resource.UpdatedAt, Is.Null);
            Assert.That(resource.Version, Is.EqualTo(1));
        }
    }

    [Test]
    public void Rename_WhenTimeIsNotUtcAfterAnEarlierRename_KeepsTheEarlierRename()
    {
        var resource = Resource.Create("Meeting Room", CreatedAt).Value;
        resource.Rename("Board Room", RenamedAt);

        Assert.That(() => resource.Rename("Quiet Room", RenamedAt.AddHours(1).ToLocalTime()), Throws.ArgumentException);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(resource.Name, Is.EqualTo("Board Room"));
            Assert.That(resource.NameKey, Is.EqualTo("board room"));
            Assert.That(resource.UpdatedAt, Is.EqualTo(RenamedAt));
            Assert.That(resource.Version, Is.EqualTo(2));
        }
    }

    [TestCase(DateTimeKind.Local)]
    [TestCase(DateTimeKind.Unspecified)]
    public void Rename_WhenTimeIsNotUtc_ThrowsEvenIfTheNameIsInvalid(DateTimeKind kind)
    {
        var resource = Resource.Create("Meeting Room", CreatedAt).Value;

        Assert.That(() => resource.Rename(null, DateTime.SpecifyKind(RenamedAt, kind)), Throws.ArgumentException);
    }
}
