using ResourceService.Application.Common.Idempotency;

namespace ResourceService.Application.Notes.CreateNote;

/// <param name="IdempotencyKey">The caller's Idempotency-Key: a retry with the same key and title creates nothing new.</param>
public sealed record CreateNoteCommand(string? Title, string? IdempotencyKey = null) : IIdempotentRequest;
