using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using ResourceService.Api.Common;
using ResourceService.Application.Audit;
using ResourceService.Application.Audit.ListAuditEntries;
using ResourceService.Application.Common;
using ResourceService.Application.Common.Paging;

namespace ResourceService.Api.Audit;

/// <summary>
/// The audit list. Only GET is mapped: entries cannot be created, changed or deleted through the API, so every other
/// method on the route answers 405 from routing.
/// </summary>
internal sealed class AuditEndpoints : IEndpointGroup
{
    public const string Route = "/api/v1/audit";

    public void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Route)
            .WithTags(AuditContract.TagName)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status500InternalServerError)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        group.MapGet("/", List).WithName("ListAuditEntries").RequireAuthorization(AuditScopes.Read)
            .WithSummary("List audit entries")
            .WithDescription("One page of the audit entries of the caller's tenant, newest first, optionally of one entity " +
                $"(`entityType` and `entityId`). Pages by number reach the first {PagingRules.MaxOffsetRows} entries; " +
                "`meta.nextCursor` (also sent as a `Link: <...>; rel=\"next\"` header) continues the list at any depth. The count " +
                $"is exact up to {ListAuditEntriesRules.MaxExactCount}; `meta.totalCountExact` says whether `totalCount` is a lower bound.")
            .ProducesValidationProblem();
    }

    private static async Task<Results<Ok<PagedEnvelope<AuditEntryResponse>>, ProblemHttpResult>> List(
        [FromQuery(Name = ListAuditEntriesRules.EntityTypeParameter)] string? entityType,
        [FromQuery(Name = ListAuditEntriesRules.EntityIdParameter)] int? entityId,
        [FromQuery(Name = PagingRules.PageParameter)] int? page,
        [FromQuery(Name = PagingRules.PageSizeParameter)] int? pageSize,
        [FromQuery(Name = PagingRules.CursorParameter)] string? cursor,
        IUseCase<ListAuditEntriesQuery, PagedList<AuditEntryResponse>> listAuditEntries,
        HttpResponse response,
        CancellationToken cancellationToken)
    {
        var query = new ListAuditEntriesQuery(entityType, entityId, page, pageSize, cursor);
        var result = await listAuditEntries.ExecuteAsync(query, cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error!.ToProblem();
        }

        var list = result.Value;
        if (list.NextCursor is { } next)
        {
            response.Headers.Link = NextLink(query, list.PageSize, next);
        }

        return TypedResults.Ok(new PagedEnvelope<AuditEntryResponse>(list.Items,
            new PageMeta(list.Page, list.PageSize, list.TotalCount, list.TotalPages, list.TotalCountExact, list.NextCursor)));
    }

    // The next page keeps the filter and the page size (RFC 8288), relative to the API's origin.
    private static string NextLink(ListAuditEntriesQuery query, int pageSize, string nextCursor)
    {
        var parameters = new Dictionary<string, string?>
        {
            [PagingRules.CursorParameter] = nextCursor,
            [PagingRules.PageSizeParameter] = pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (query.EntityType is { } type)
        {
            parameters[ListAuditEntriesRules.EntityTypeParameter] = type;
        }

        if (query.EntityId is { } id)
        {
            parameters[ListAuditEntriesRules.EntityIdParameter] = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return $"<{QueryHelpers.AddQueryString(Route, parameters)}>; rel=\"next\"";
    }
}
