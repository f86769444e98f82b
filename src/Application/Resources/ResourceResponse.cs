namespace ResourceService.Application.Resources;

/// <summary>A resource as callers see it. Times are UTC.</summary>
public sealed record ResourceResponse(int Id, string Name, DateTime CreatedAt, DateTime? UpdatedAt, int Version);
