using ResourceService.Application.Common;
using ResourceService.Domain.Common;
using ResourceService.Domain.Resources;

namespace ResourceService.Application.Resources.ListResources;

internal sealed class ListResources(IResourceQueries queries, ICurrentUser user)
    : IUseCase<ListResourcesQuery, PagedList<ResourceResponse>>
{
    public async Task<Result<PagedList<ResourceResponse>>> ExecuteAsync(ListResourcesQuery query, CancellationToken cancellationToken)
    {
        var validated = ListResourcesRules.Validate(query, user.TenantId);
        if (!validated.IsSuccess)
        {
            return validated.Error!;
        }

        var criteria = validated.Value;
        var page = await queries.ListAsync(criteria, cancellationToken);
        var nextCursor = page.HasMore
            ? ResourceCursor.Encode(PositionOf(page.Items[^1]), criteria, user.TenantId)
            : null;
        return new PagedList<ResourceResponse>(
            page.Items, criteria.Page, criteria.PageSize, page.TotalCount, page.TotalCountExact, nextCursor);
    }

    private static ResourcePosition PositionOf(ResourceResponse last) =>
        new(last.Id, ResourceName.SearchKey(last.Name), last.CreatedAt);
}
