using ResourceService.Application.Common;
using ResourceService.Domain.Common;

namespace ResourceService.Application.Resources.ListResources;

internal sealed class ListResources(IResourceQueries queries) : IListResources
{
    public async Task<Result<PagedList<ResourceResponse>>> ExecuteAsync(ListResourcesQuery query, CancellationToken cancellationToken)
    {
        var criteria = ListResourcesRules.Validate(query);
        if (!criteria.IsSuccess)
        {
            return criteria.Error!;
        }

        return await queries.ListAsync(criteria.Value, cancellationToken);
    }
}
