using System.Net;
using System.Text.Json.Nodes;
using ResourceService.Api.FunctionalTests.Infrastructure;

namespace ResourceService.Api.FunctionalTests.Platform;

public sealed class OpenApiTests : ApiFixture
{
    private JsonNode _document = null!;

    [OneTimeSetUp]
    public async Task ReadDocumentAnonymously()
    {
        using var anonymous = Factory.CreateClient();
        using var response = await anonymous.GetAsync("/openapi/v1.json");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        _document = await response.ReadJsonAsync();
    }

    [TestCase("/api/v1/resource", "get", "ListResources", new[] { "200", "400", "401", "403", "429", "500", "503" })]
    [TestCase("/api/v1/resource", "post", "CreateResource", new[] { "201", "400", "401", "403", "409", "413", "415", "422", "429", "500", "503" })]
    [TestCase("/api/v1/resource/{id}", "get", "GetResource", new[] { "200", "304", "401", "403", "404", "429", "500", "503" })]
    [TestCase("/api/v1/resource/{id}", "put", "UpdateResource", new[] { "200", "400", "401", "403", "404", "409", "412", "413", "415", "429", "500", "503" })]
    [TestCase("/api/v1/resource/{id}", "delete", "DeleteResource", new[] { "204", "401", "403", "404", "409", "412", "429", "500", "503" })]
    public void Operation_ListsItsIdAndEveryStatusItReturns(string path, string method, string operationId, string[] statuses)
    {
        var operation = _document["paths"]![path]![method]!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(operation["operationId"]!.GetValue<string>(), Is.EqualTo(operationId));
            Assert.That(operation["responses"]!.AsObject().Select(response => response.Key), Is.EquivalentTo(statuses));
            Assert.That(operation["security"]!.ToJsonString(), Does.Contain("Bearer"));
        }
    }

    [Test]
    public void Document_NamesTheProductInItsTitleAndDescription()
    {
        var info = _document["info"]!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(info["title"]!.GetValue<string>(), Is.EqualTo("Resource service API"));
            Assert.That(info["description"]!.GetValue<string>(), Does.StartWith("The resource service stores named resources"));
        }
    }

    [Test]
    public void Document_DeclaresTheBearerScheme()
    {
        var scheme = _document["components"]!["securitySchemes"]!["Bearer"]!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(scheme["type"]!.GetValue<string>(), Is.EqualTo("http"));
            Assert.That(scheme["scheme"]!.GetValue<string>(), Is.EqualTo("bearer"));
        }
    }

    [Test]
    public void BearerScheme_ListsEachDeclaredScopeWithWhatItGrants()
    {
        var description = _document["components"]!["securitySchemes"]!["Bearer"]!["description"]!.GetValue<string>();

        // Other modules' scopes join the list (in name order), so only the Resources module's part is pinned here.
        Assert.That(description, Does.Match(@"^A JWT whose scope claim grants [^.]*\bresource:read \(GET\) or resource:write \(POST, PUT, DELETE\)\. "));
    }

    [Test]
    public void Document_DescribesEachModulesTagAsTheModuleDeclaresIt()
    {
        var tags = _document["tags"]!.AsArray().ToDictionary(tag => tag!["name"]!.GetValue<string>(), tag => tag!["description"]?.GetValue<string>());

        // Every tag in use is described; other modules' tags join the list.
        using (Assert.EnterMultipleScope())
        {
            Assert.That(tags["Resources"], Is.EqualTo("Named resources of the caller's tenant: create, read, list, rename and delete them."));
            Assert.That(tags.Values, Has.None.Null);
        }
    }

    [Test]
    public void Document_DescribesIdsAsIntegersOnly()
    {
        var id = _document["paths"]!["/api/v1/resource/{id}"]!["get"]!["parameters"]![0]!["schema"]!;

        Assert.That(id["type"]!.ToJsonString(), Is.EqualTo("\"integer\""));
    }
}
