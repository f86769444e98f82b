using ResourceService.Application.Common;
using ResourceService.Domain.Common;

namespace ResourceService.Application.Resources.GetResource;

internal sealed class GetResource(IResourceQueries queries) : IUseCase<GetResourceQuery, ResourceResponse>
{
    public async Task<Result<ResourceResponse>> ExecuteAsync(GetResourceQuery request, CancellationToken cancellationToken) =>
        await queries.FindAsync(request.Id, cancellationToken) is { } found ? found : ResourceErrors.NotFound(request.Id);
}
