namespace ResourceService.Application.Resources.CreateResource;

public sealed record CreateResourceCommand(string? Name);
