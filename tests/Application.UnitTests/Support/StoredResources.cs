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

    /// <summary>A resource with the id the database would have given it, its raised events already handled.</summary>
    public static Resource WithId(int id, int version = 1, string name = "Meeting Room")
    {
        var resource = AtVersion(version, name);
        typeof(Resource).GetProperty(nameof(Resource.Id))!.SetValue(resource, id);
        resource.ClearDomainEvents();
        return resource;
    }
}
