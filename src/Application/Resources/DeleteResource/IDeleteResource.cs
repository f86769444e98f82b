using ResourceService.Application.Common;
using ResourceService.Domain.Common;

namespace ResourceService.Application.Resources.DeleteResource;

public interface IDeleteResource : IUseCase
{
    Task<Result<Success>> ExecuteAsync(DeleteResourceCommand command, CancellationToken cancellationToken);
}
