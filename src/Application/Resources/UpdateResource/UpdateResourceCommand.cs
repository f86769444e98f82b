namespace ResourceService.Application.Resources.UpdateResource;

/// <param name="ExpectedVersion">When set, the update applies only to this version (the caller's If-Match).</param>
public sealed record UpdateResourceCommand(int Id, string? Name, int? ExpectedVersion = null);
