using Microsoft.AspNetCore.Http;

namespace ResourceService.Architecture.Tests.Violations.HttpInPersistence;

/// <summary>A repository that reads the HTTP request.</summary>
public sealed class RepositoryReadingHttpContext(IHttpContextAccessor accessor)
{
    public string? Path => accessor.HttpContext?.Request.Path;
}
