using ResourceService.Domain.Common;

namespace ResourceService.Domain.Resources;

public sealed class Resource : Entity
{
    private Resource(string name, DateTime createdAt)
    {
        Name = name;
        NameKey = ResourceName.SearchKey(name);
        CreatedAt = createdAt;
        Version = 1;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>The name in its case-insensitive form, kept beside it for filtering and sorting.</summary>
    public string NameKey { get; private set; }

    /// <summary>When the resource was created, in UTC.</summary>
    public DateTime CreatedAt { get; private set; }

    /// <summary>When the resource was last renamed, in UTC; null until then.</summary>
    public DateTime? UpdatedAt { get; private set; }

    /// <summary>Incremented by every change; two writers of the same version cannot both succeed.</summary>
    public int Version { get; private set; }

    public static Result<Resource> Create(string? name, DateTime utcNow)
    {
        var createdAt = RequireUtc(utcNow);
        return ResourceName.Normalize(name).Map(valid =>
        {
            var resource = new Resource(valid, createdAt);
            resource.Raise(new ResourceCreated(resource));
            return resource;
        });
    }

    public Result<Resource> Rename(string? name, DateTime utcNow)
    {
        var updatedAt = RequireUtc(utcNow);
        var normalized = ResourceName.Normalize(name);
        if (!normalized.IsSuccess)
        {
            return normalized.Error!;
        }

        var previousName = Name;
        Name = normalized.Value;
        NameKey = ResourceName.SearchKey(Name);
        UpdatedAt = updatedAt;
        Version++;
        Raise(new ResourceRenamed(this, previousName));
        return this;
    }

    /// <summary>Marks the resource deleted; the repository removes it and the unit of work commits that.</summary>
    public void Delete() => Raise(new ResourceDeleted(this));

    private static DateTime RequireUtc(DateTime value) =>
        value.Kind == DateTimeKind.Utc
            ? value
            : throw new ArgumentException("Resource times are kept in UTC.", nameof(value));
}
