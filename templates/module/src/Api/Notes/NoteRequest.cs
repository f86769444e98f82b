using System.ComponentModel.DataAnnotations;
using ResourceService.Domain.Notes;

namespace ResourceService.Api.Notes;

/// <summary>The body of a create or an update. The attributes only describe the rules in the OpenAPI document;
/// the rules themselves are enforced by the domain.</summary>
public sealed record NoteRequest([property: Required, MinLength(1), MaxLength(NoteTitle.MaxLength)] string? Title);
