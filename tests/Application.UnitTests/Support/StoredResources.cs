using ResourceService.Domain.Resources;

namespace ResourceService.Application.UnitTests.Support;

/// <summary>Resources as a repository would hand them back: valid, created in the past, at a chosen version.</summary>
internal static class StoredResources
{
    public static readonly DateTime CreatedAt = new(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc);

    public static Resource AtVersion(int version, string name = "Meeting Room")
    {
        var resource = Resource.Create(name, CreatedAt).Value;
        for (var renames = 1; renames < version; renames++)
        {
            resource.Rename(name, CreatedAt.AddMinutes(renames));
        }

        return resource;
    }
}
