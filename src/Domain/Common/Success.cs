namespace ResourceService.Domain.Common;

/// <summary>The value of a successful result that carries nothing else.</summary>
public readonly record struct Success;
