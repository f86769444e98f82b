using ResourceService.Application.Resources.ListResources;

namespace ResourceService.Application.Resources;

/// <summary>Reads resources straight into their response shape, without tracking.</summary>
public interface IResourceQueries
{
    Task<ResourceResponse?> FindAsync(int id, CancellationToken cancellationToken);

    /// <summary>At most <see cref="ResourceListCriteria.PageSize"/> rows, whatever the size of the table.</summary>
    Task<ResourcePage> ListAsync(ResourceListCriteria criteria, CancellationToken cancellationToken);
}
