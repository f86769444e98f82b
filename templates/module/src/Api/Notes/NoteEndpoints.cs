using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ResourceService.Api.Common;
using ResourceService.Application.Common;
using ResourceService.Application.Common.Idempotency;
using ResourceService.Application.Common.Paging;
using ResourceService.Application.Notes;
using ResourceService.Application.Notes.CreateNote;
using ResourceService.Application.Notes.DeleteNote;
using ResourceService.Application.Notes.GetNote;
using ResourceService.Application.Notes.ListNotes;
using ResourceService.Application.Notes.UpdateNote;
using ResourceService.Domain.Common;

namespace ResourceService.Api.Notes;

internal sealed class NoteEndpoints : IEndpointGroup
{
    public const string Route = "/api/v1/notes";

    public void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Route)
            .WithTags(NoteContract.TagName)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status500InternalServerError)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        group.MapGet("/", List).WithName("ListNotes").RequireAuthorization(NoteScopes.Read)
            .WithSummary("List notes")
            .WithDescription("One page of the notes of the caller's tenant, newest first; `meta` says where the page stands and " +
                "`meta.nextCursor` continues the list at any depth. The count is exact up to " +
                $"{ListNotesRules.MaxExactCount}; `meta.totalCountExact` says whether `totalCount` is a lower bound.")
            .ProducesValidationProblem();
        group.MapGet("/{id:int}", Get).WithName("GetNote").RequireAuthorization(NoteScopes.Read)
            .WithSummary("Get a note")
            .WithDescription("The note with this id.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", Create).WithName("CreateNote").RequireAuthorization(NoteScopes.Write)
            .WithSummary("Create a note")
            .WithDescription("Creates a note and answers with its Location. With an Idempotency-Key, a retry answers the first " +
                "response again instead of creating a second note.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPut("/{id:int}", Update).WithName("UpdateNote").RequireAuthorization(NoteScopes.Write)
            .WithSummary("Retitle a note")
            .WithDescription("Gives the note a new title; 409 when another request changed it first.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapDelete("/{id:int}", Delete).WithName("DeleteNote").RequireAuthorization(NoteScopes.Write)
            .WithSummary("Delete a note")
            .WithDescription("Deletes the note.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Results<Ok<PagedEnvelope<NoteResponse>>, ProblemHttpResult>> List(
        [FromQuery(Name = PagingRules.PageParameter)] int? page,
        [FromQuery(Name = PagingRules.PageSizeParameter)] int? pageSize,
        [FromQuery(Name = PagingRules.CursorParameter)] string? cursor,
        IUseCase<ListNotesQuery, PagedList<NoteResponse>> listNotes,
        CancellationToken cancellationToken)
    {
        var result = await listNotes.ExecuteAsync(new ListNotesQuery(page, pageSize, cursor), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error!.ToProblem();
        }

        var list = result.Value;
        return TypedResults.Ok(new PagedEnvelope<NoteResponse>(list.Items,
            new PageMeta(list.Page, list.PageSize, list.TotalCount, list.TotalPages, list.TotalCountExact, list.NextCursor)));
    }

    private static async Task<Results<Ok<Envelope<NoteResponse>>, ProblemHttpResult>> Get(
        int id, IUseCase<GetNoteQuery, NoteResponse> getNote, CancellationToken cancellationToken)
    {
        var result = await getNote.ExecuteAsync(new GetNoteQuery(id), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(new Envelope<NoteResponse>(result.Value)) : result.Error!.ToProblem();
    }

    private static async Task<Results<Created<Envelope<NoteResponse>>, ProblemHttpResult>> Create(
        NoteRequest body,
        [FromHeader(Name = IdempotencyKey.Header)] string? idempotencyKey,
        IUseCase<CreateNoteCommand, NoteResponse> createNote,
        CancellationToken cancellationToken)
    {
        var result = await createNote.ExecuteAsync(new CreateNoteCommand(body.Title, idempotencyKey), cancellationToken);
        return result.IsSuccess
            ? TypedResults.Created($"{Route}/{result.Value.Id}", new Envelope<NoteResponse>(result.Value))
            : result.Error!.ToProblem();
    }

    private static async Task<Results<Ok<Envelope<NoteResponse>>, ProblemHttpResult>> Update(
        int id, NoteRequest body, IUseCase<UpdateNoteCommand, NoteResponse> updateNote, CancellationToken cancellationToken)
    {
        var result = await updateNote.ExecuteAsync(new UpdateNoteCommand(id, body.Title), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(new Envelope<NoteResponse>(result.Value)) : result.Error!.ToProblem();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        int id, IUseCase<DeleteNoteCommand, Success> deleteNote, CancellationToken cancellationToken)
    {
        var result = await deleteNote.ExecuteAsync(new DeleteNoteCommand(id), cancellationToken);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error!.ToProblem();
    }
}
