using Microsoft.EntityFrameworkCore;

namespace ResourceService.Architecture.Tests.Violations.FrameworkInCore;

/// <summary>An entity that knows its persistence framework.</summary>
public sealed class EntityWithDbContext(DbContext db)
{
    public int Save() => db.SaveChanges();
}

/// <summary>An entity that uses the base class library only.</summary>
public sealed class PlainEntity
{
    public DateTime CreatedAt { get; } = DateTime.UnixEpoch;
}
