using System.ComponentModel.DataAnnotations;
using ResourceService.Domain.Resources;

namespace ResourceService.Api.Resources;

/// <summary>The body of a create or an update. The attributes only describe the rules in the OpenAPI document;
/// the rules themselves are enforced by the domain.</summary>
public sealed record ResourceRequest([property: Required, MinLength(1), MaxLength(ResourceName.MaxLength)] string? Name);
