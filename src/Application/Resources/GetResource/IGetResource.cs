using ResourceService.Application.Common;
using ResourceService.Domain.Common;

namespace ResourceService.Application.Resources.GetResource;

public interface IGetResource : IUseCase
{
    Task<Result<ResourceResponse>> ExecuteAsync(int id, CancellationToken cancellationToken);
}
