using Microsoft.Extensions.Logging;
using ResourceService.Application.Common;
using ResourceService.Domain.Common;

namespace ResourceService.Application.Resources.UpdateResource;

internal sealed class LoggedUpdateResource(IUpdateResource inner, ICurrentUser user, ILogger<IUpdateResource> logger)
    : IUpdateResource
{
    public async Task<Result<ResourceResponse>> ExecuteAsync(UpdateResourceCommand command, CancellationToken cancellationToken)
    {
        var result = await inner.ExecuteAsync(command, cancellationToken);
        if (result.IsSuccess)
        {
            ResourceEvents.Updated(logger, result.Value.Id, result.Value.Version, user.Subject);
        }
        else
        {
            ResourceEvents.Rejected(logger, result.Error!.Code, user.Subject);
        }

        return result;
    }
}
