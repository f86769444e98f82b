using ResourceService.Application.Common;
using ResourceService.Domain.Common;

namespace ResourceService.Application.Resources.UpdateResource;

public interface IUpdateResource : IUseCase
{
    Task<Result<ResourceResponse>> ExecuteAsync(UpdateResourceCommand command, CancellationToken cancellationToken);
}
