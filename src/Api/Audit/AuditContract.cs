using System.Globalization;
using System.Text.Json.Nodes;
using ResourceService.Api.OpenApi;
using ResourceService.Application.Audit;
using ResourceService.Application.Audit.ListAuditEntries;
using ResourceService.Domain.Audit;

namespace ResourceService.Api.Audit;

/// <summary>The Audit module's OpenAPI facts, taken from the constants that enforce them.</summary>
internal sealed class AuditContract : IModuleContract
{
    public const string TagName = "Audit";

    private static readonly JsonNode[] Actions = [.. Enum.GetNames<AuditAction>().Select(action => JsonValue.Create(action.ToLowerInvariant()))];

    public ModuleTag Tag { get; } = new(TagName,
        "The record of every change of the tenant's entities, newest first; it cannot be changed or deleted.", Items: "audit entries");

    public void Declare(ContractDeclarations contract) =>
        contract
            .Property<AuditEntryResponse>(nameof(AuditEntryResponse.Id), schema =>
            {
                // An entry's id is a 64-bit integer: the audit outgrows 32 bits long before the entities do.
                schema.Minimum = "1";
                schema.Maximum = long.MaxValue.ToString(CultureInfo.InvariantCulture);
            })
            .Property<AuditEntryResponse>(nameof(AuditEntryResponse.EntityType), schema => schema.MaxLength = AuditEntry.MaxEntityTypeLength)
            .Property<AuditEntryResponse>(nameof(AuditEntryResponse.EntityId), schema => schema.Numbered())
            .Property<AuditEntryResponse>(nameof(AuditEntryResponse.Action), schema => schema.Enum = Actions)
            .Property<AuditEntryResponse>(nameof(AuditEntryResponse.Subject), schema => schema.MaxLength = AuditEntry.MaxSubjectLength)
            .Property<AuditEntryResponse>(nameof(AuditEntryResponse.OccurredAt), schema => schema.Timestamp())
            .Property<AuditEntryResponse>(nameof(AuditEntryResponse.NameBefore), schema => schema.MaxLength = AuditEntry.MaxNameLength)
            .Property<AuditEntryResponse>(nameof(AuditEntryResponse.NameAfter), schema => schema.MaxLength = AuditEntry.MaxNameLength)
            .QueryParameter(ListAuditEntriesRules.EntityTypeParameter, "Only the entries of entities of this type.",
                schema => schema.Enum = [.. AuditedTypes.All.Select(type => JsonValue.Create(type))])
            .QueryParameter(ListAuditEntriesRules.EntityIdParameter, "Only the entries of the entity with this id; needs `entityType`.",
                schema => schema.Numbered());
}
