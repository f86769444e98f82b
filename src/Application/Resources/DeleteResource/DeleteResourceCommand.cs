namespace ResourceService.Application.Resources.DeleteResource;

/// <param name="ExpectedVersion">When set, the delete applies only to this version (the caller's If-Match).</param>
public sealed record DeleteResourceCommand(int Id, int? ExpectedVersion = null);
