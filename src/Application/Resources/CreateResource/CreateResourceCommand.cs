using ResourceService.Application.Common.Idempotency;

namespace ResourceService.Application.Resources.CreateResource;

/// <param name="IdempotencyKey">The caller's Idempotency-Key: a retry with the same key and name creates nothing new.</param>
public sealed record CreateResourceCommand(string? Name, string? IdempotencyKey = null) : IIdempotentRequest;
