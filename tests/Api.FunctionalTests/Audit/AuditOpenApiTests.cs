using System.Text.Json.Nodes;
using ResourceService.Api.FunctionalTests.Infrastructure;

namespace ResourceService.Api.FunctionalTests.Audit;

/// <summary>The audit list as the OpenAPI document describes it: its statuses, its scope, its own filter parameters.</summary>
public sealed class AuditOpenApiTests : ApiFixture
{
    private JsonNode _operation = null!;
    private JsonNode _document = null!;

    [OneTimeSetUp]
    public async Task ReadDocumentAnonymously()
    {
        using var anonymous = Factory.CreateClient();
        using var response = await anonymous.GetAsync("/openapi/v1.json");
        _document = await response.ReadJsonAsync();
        _operation = _document["paths"]![AuditApi.Route]!["get"]!;
    }

    [Test]
    public void List_IsTheOnlyOperation_WithItsIdAndEveryStatusItReturns()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_document["paths"]![AuditApi.Route]!.AsObject().Select(method => method.Key), Is.EqualTo(new[] { "get" }));
            Assert.That(_operation["operationId"]!.GetValue<string>(), Is.EqualTo("ListAuditEntries"));
            Assert.That(_operation["responses"]!.AsObject().Select(response => response.Key),
                Is.EquivalentTo(new[] { "200", "400", "401", "403", "429", "500", "503" }));
            Assert.That(_operation["security"]!.ToJsonString(), Does.Contain(AuditApi.Read));
        }
    }

    [Test]
    public void EntityFilter_IsDescribedByTheAuditModule()
    {
        var parameters = _operation["parameters"]!.AsArray().ToDictionary(parameter => parameter!["name"]!.GetValue<string>(), parameter => parameter!);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(parameters["entityType"]["schema"]!["enum"]!.ToJsonString(), Is.EqualTo("[\"resource\"]"));
            Assert.That(parameters["entityId"]["description"]!.GetValue<string>(), Does.Contain("entity"));
            Assert.That(parameters["cursor"]["description"]!.GetValue<string>(), Does.Contain("`entityType` and `entityId`"));
            Assert.That(parameters["pageSize"]["description"]!.GetValue<string>(), Does.Contain("audit entries"));
        }
    }
}
