using Microsoft.Extensions.Logging;
using ResourceService.Application.Common;
using ResourceService.Domain.Common;

namespace ResourceService.Application.Resources.CreateResource;

internal sealed class LoggedCreateResource(ICreateResource inner, ICurrentUser user, ILogger<ICreateResource> logger)
    : ICreateResource
{
    public async Task<Result<ResourceResponse>> ExecuteAsync(CreateResourceCommand command, CancellationToken cancellationToken)
    {
        var result = await inner.ExecuteAsync(command, cancellationToken);
        if (result.IsSuccess)
        {
            ResourceEvents.Created(logger, result.Value.Id, user.Subject);
        }
        else
        {
            ResourceEvents.Rejected(logger, result.Error!.Code, user.Subject);
        }

        return result;
    }
}
