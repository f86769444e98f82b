namespace ResourceService.Application.Resources.GetResource;

public sealed record GetResourceQuery(int Id);
