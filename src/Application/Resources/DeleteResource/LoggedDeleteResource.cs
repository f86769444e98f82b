using Microsoft.Extensions.Logging;
using ResourceService.Application.Common;
using ResourceService.Domain.Common;

namespace ResourceService.Application.Resources.DeleteResource;

internal sealed class LoggedDeleteResource(IDeleteResource inner, ICurrentUser user, ILogger<IDeleteResource> logger)
    : IDeleteResource
{
    public async Task<Result<Success>> ExecuteAsync(DeleteResourceCommand command, CancellationToken cancellationToken)
    {
        var result = await inner.ExecuteAsync(command, cancellationToken);
        if (result.IsSuccess)
        {
            ResourceEvents.Deleted(logger, command.Id, user.Subject);
        }
        else
        {
            ResourceEvents.Rejected(logger, result.Error!.Code, user.Subject);
        }

        return result;
    }
}
