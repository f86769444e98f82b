using Microsoft.AspNetCore.Http.HttpResults;
using ResourceService.Api.Common;
using Microsoft.AspNetCore.Mvc;
using ResourceService.Application.Common;
using ResourceService.Application.Common.Idempotency;
using ResourceService.Application.Common.Paging;
using ResourceService.Application.Resources;
using ResourceService.Application.Resources.CreateResource;
using ResourceService.Application.Resources.DeleteResource;
using ResourceService.Application.Resources.GetResource;
using ResourceService.Application.Resources.ListResources;
using ResourceService.Application.Resources.UpdateResource;
using ResourceService.Domain.Common;

namespace ResourceService.Api.Resources;

internal sealed class ResourceEndpoints : IEndpointGroup
{
    public const string Route = "/api/v1/resource";

    public void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Route)
            .WithTags(ResourceContract.TagName)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status500InternalServerError)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        group.MapGet("/", List).WithName("ListResources").RequireAuthorization(ResourceScopes.Read)
            .WithSummary("List resources")
            .WithDescription("One page of the resources of the caller's tenant, filtered by name and sorted; `meta` says where the page stands. " +
                $"Pages by number reach the first {PagingRules.MaxOffsetRows} resources; `meta.nextCursor` (also sent as a " +
                "`Link: <...>; rel=\"next\"` header) continues the list at any depth for the same cost per page. A filtered list counts " +
                $"its matches up to {ListResourcesRules.MaxExactFilteredCount}; `meta.totalCountExact` says whether `totalCount` is exact or a lower bound.")
            .ProducesValidationProblem();
        group.MapGet("/{id:int}", Get).WithName("GetResource").RequireAuthorization(ResourceScopes.Read)
            .WithSummary("Get a resource")
            .WithDescription("The resource with this id; its version is also sent as the ETag. With `If-None-Match` naming that ETag, " +
                "the answer is 304 without a body.")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", Create).WithName("CreateResource").RequireAuthorization(ResourceScopes.Write)
            .WithSummary("Create a resource")
            .WithDescription("Creates a resource and answers with its Location and ETag. With an Idempotency-Key, a retry answers " +
                "the first response again instead of creating a second resource.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapPut("/{id:int}", Update).WithName("UpdateResource").RequireAuthorization(ResourceScopes.Write)
            .WithSummary("Rename a resource")
            .WithDescription("Gives the resource a new name. With `If-Match: \"<version>\"` it does so only while the resource is " +
                "still at that version, and answers 412 otherwise.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapDelete("/{id:int}", Delete).WithName("DeleteResource").RequireAuthorization(ResourceScopes.Write)
            .WithSummary("Delete a resource")
            .WithDescription("Deletes the resource. With `If-Match: \"<version>\"` it does so only while the resource is still " +
                "at that version, and answers 412 otherwise.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }

    private static async Task<Results<Ok<PagedEnvelope<ResourceResponse>>, ProblemHttpResult>> List(
        [FromQuery(Name = PagingRules.PageParameter)] int? page,
        [FromQuery(Name = PagingRules.PageSizeParameter)] int? pageSize,
        [FromQuery(Name = ListResourcesRules.NameParameter)] string? name,
        [FromQuery(Name = ListResourcesRules.SortParameter)] string? sort,
        [FromQuery(Name = PagingRules.CursorParameter)] string? cursor,
        IUseCase<ListResourcesQuery, PagedList<ResourceResponse>> listResources,
        HttpResponse response,
        CancellationToken cancellationToken)
    {
        var query = new ListResourcesQuery(page, pageSize, name, sort, cursor);
        var result = await listResources.ExecuteAsync(query, cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error!.ToProblem();
        }

        var list = result.Value;
        if (list.NextCursor is { } next)
        {
            response.Headers.Link = NextLinks.Header(Route, query, list.PageSize, next);
        }

        return TypedResults.Ok(new PagedEnvelope<ResourceResponse>(list.Items,
            new PageMeta(list.Page, list.PageSize, list.TotalCount, list.TotalPages, list.TotalCountExact, list.NextCursor)));
    }

    private static async Task<Results<Ok<Envelope<ResourceResponse>>, StatusCodeHttpResult, ProblemHttpResult>> Get(
        int id, IUseCase<GetResourceQuery, ResourceResponse> getResource, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await getResource.ExecuteAsync(new GetResourceQuery(id), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error!.ToProblem();
        }

        http.Response.SetETag(result.Value.Version);
        return http.Request.HasCurrentVersion(result.Value.Version)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Ok(new Envelope<ResourceResponse>(result.Value));
    }

    private static async Task<Results<Created<Envelope<ResourceResponse>>, ProblemHttpResult>> Create(
        ResourceRequest body,
        [FromHeader(Name = IdempotencyKey.Header)] string? idempotencyKey,
        IUseCase<CreateResourceCommand, ResourceResponse> createResource,
        HttpResponse response,
        CancellationToken cancellationToken)
    {
        var result = await createResource.ExecuteAsync(new CreateResourceCommand(body.Name, idempotencyKey), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error!.ToProblem();
        }

        response.SetETag(result.Value.Version);
        return TypedResults.Created($"{Route}/{result.Value.Id}", new Envelope<ResourceResponse>(result.Value));
    }

    private static async Task<Results<Ok<Envelope<ResourceResponse>>, ProblemHttpResult>> Update(
        int id,
        ResourceRequest body,
        IUseCase<UpdateResourceCommand, ResourceResponse> updateResource,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var command = new UpdateResourceCommand(id, body.Name, http.Request.ExpectedVersion());
        var result = await updateResource.ExecuteAsync(command, cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error!.ToProblem();
        }

        http.Response.SetETag(result.Value.Version);
        return TypedResults.Ok(new Envelope<ResourceResponse>(result.Value));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        int id, IUseCase<DeleteResourceCommand, Success> deleteResource, HttpRequest request, CancellationToken cancellationToken)
    {
        var result = await deleteResource.ExecuteAsync(new DeleteResourceCommand(id, request.ExpectedVersion()), cancellationToken);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error!.ToProblem();
    }
}
