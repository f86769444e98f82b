using ResourceService.Application.Audit.ListAuditEntries;

namespace ResourceService.Application.UnitTests.Audit.ListAuditEntries;

/// <summary>A refused list says what to send instead: the messages are the contract a caller reads in the 400.</summary>
public sealed class ListAuditEntriesRulesMessageTests
{
    [TestCase("page", "Pages reach the first 10000 audit entries; continue beyond with the cursor in meta.nextCursor.")]
    [TestCase("entityType", "The entity type must be one of resource.")]
    [TestCase("cursor", "The cursor is not one this list issued: pass meta.nextCursor unchanged, with the same entityType and entityId.")]
    public void Validate_ExplainsTheRefusal(string field, string message)
    {
        var query = field switch
        {
            "page" => new ListAuditEntriesQuery(Page: 501, PageSize: 20),
            "entityType" => new ListAuditEntriesQuery(EntityType: "invoice"),
            _ => new ListAuditEntriesQuery(Cursor: "AAAA"),
        };

        var result = ListAuditEntriesRules.Validate(query, "acme");

        Assert.That(result.Error!.Fields![field], Is.EqualTo(new[] { message }));
    }

    [TestCase(0, "resource", "The entity id must be 1 or more.")]
    [TestCase(42, null, "An entity id needs the entityType it belongs to.")]
    public void Validate_ExplainsWhatAnEntityIdNeeds(int id, string? type, string message)
    {
        var result = ListAuditEntriesRules.Validate(new ListAuditEntriesQuery(type, id), "acme");

        Assert.That(result.Error!.Fields!["entityId"], Is.EqualTo(new[] { message }));
    }
}
