using ResourceService.Application.Common;
using ResourceService.Domain.Common;

namespace ResourceService.Application.Resources.ListResources;

public interface IListResources : IUseCase
{
    Task<Result<PagedList<ResourceResponse>>> ExecuteAsync(ListResourcesQuery query, CancellationToken cancellationToken);
}
