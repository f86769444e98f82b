using ResourceService.Application.Common;

namespace ResourceService.Api.Security;

internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public string? Subject => accessor.HttpContext?.User.FindFirst("sub")?.Value;
}
