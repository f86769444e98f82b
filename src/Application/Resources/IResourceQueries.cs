using ResourceService.Application.Common;
using ResourceService.Application.Resources.ListResources;

namespace ResourceService.Application.Resources;

/// <summary>Reads resources straight into their response shape, without tracking.</summary>
public interface IResourceQueries
{
    Task<ResourceResponse?> FindAsync(int id, CancellationToken cancellationToken);

    Task<PagedList<ResourceResponse>> ListAsync(ResourceListCriteria criteria, CancellationToken cancellationToken);
}
