using ResourceService.Api.OpenApi;
using ResourceService.Application.Notes;
using ResourceService.Domain.Notes;

namespace ResourceService.Api.Notes;

/// <summary>The Notes module's OpenAPI facts, taken from the constants that enforce them.</summary>
internal sealed class NoteContract : IModuleContract
{
    public const string TagName = "Notes";

    public ModuleTag Tag { get; } = new(TagName,
        "The notes of the caller's tenant: create, read, list, retitle and delete them.", Items: "notes");

    public void Declare(ContractDeclarations contract) =>
        contract
            .Property<NoteResponse>(nameof(NoteResponse.Id), schema => schema.Numbered())
            .Property<NoteResponse>(nameof(NoteResponse.Title), schema => schema.MaxLength = NoteTitle.MaxLength)
            .Property<NoteResponse>(nameof(NoteResponse.CreatedAt), schema => schema.Timestamp())
            .Property<NoteResponse>(nameof(NoteResponse.UpdatedAt), schema => schema.Timestamp())
            .Property<NoteResponse>(nameof(NoteResponse.Version), schema => schema.Numbered())
            .PathParameter("id", "The note's id.", schema => schema.Numbered());
}
