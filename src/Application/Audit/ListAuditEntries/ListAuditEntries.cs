using ResourceService.Application.Common;
using ResourceService.Domain.Common;

namespace ResourceService.Application.Audit.ListAuditEntries;

internal sealed class ListAuditEntries(IAuditQueries queries, ICurrentUser user) : IUseCase<ListAuditEntriesQuery, PagedList<AuditEntryResponse>>
{
    public async Task<Result<PagedList<AuditEntryResponse>>> ExecuteAsync(ListAuditEntriesQuery request, CancellationToken cancellationToken)
    {
        var validated = ListAuditEntriesRules.Validate(request, user.TenantId);
        if (!validated.IsSuccess)
        {
            return validated.Error!;
        }

        var criteria = validated.Value;
        var page = await queries.ListAsync(criteria, cancellationToken);
        var nextCursor = page.HasMore ? AuditCursor.Encode(page.Items[^1].Id, criteria, user.TenantId) : null;
        return new PagedList<AuditEntryResponse>(page.Items, criteria.Page, criteria.PageSize, page.TotalCount, page.TotalCountExact, nextCursor);
    }
}
