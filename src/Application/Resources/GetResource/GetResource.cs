using ResourceService.Domain.Common;

namespace ResourceService.Application.Resources.GetResource;

internal sealed class GetResource(IResourceQueries queries) : IGetResource
{
    public async Task<Result<ResourceResponse>> ExecuteAsync(int id, CancellationToken cancellationToken) =>
        await queries.FindAsync(id, cancellationToken) is { } found ? found : ResourceErrors.NotFound(id);
}
