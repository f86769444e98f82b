using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ResourceService.Api.FunctionalTests.Infrastructure;

namespace ResourceService.Api.FunctionalTests.Notes;

/// <summary>The Notes module through the real HTTP pipeline: its routes, scopes, envelope, errors and contract.</summary>
public sealed class NotesApiTests : ApiFixture
{
    private const string Route = "/api/v1/notes";
    private const string ReadWrite = "notes:read notes:write";

    private HttpClient _notes = null!;

    [OneTimeSetUp]
    public void CreateClient() => _notes = Factory.Authorized(ReadWrite);

    [OneTimeTearDown]
    public void DisposeClient() => _notes.Dispose();

    [Test]
    public async Task Create_Returns201WithLocation_AndTheNoteReadsBack()
    {
        using var created = await _notes.PostAsJsonAsync(Route, new { title = " First " });
        var note = (await created.ReadJsonAsync())["data"]!;

        using var read = await _notes.GetAsync(created.Headers.Location);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(created.Headers.Location?.ToString(), Is.EqualTo($"{Route}/{note["id"]}"));
            Assert.That(note["title"]?.GetValue<string>(), Is.EqualTo("First"));
            Assert.That((await read.ReadJsonAsync())["data"]?.ToJsonString(), Is.EqualTo(note.ToJsonString()));
        }
    }

    [Test]
    public async Task Create_WhenTitleIsBlank_Returns400NamingTheTitle()
    {
        using var response = await _notes.PostAsJsonAsync(Route, new { title = " " });

        await response.AssertValidationProblemAsync("title");
    }

    [Test]
    public async Task Update_RetitlesTheNote_AndDelete_RemovesIt()
    {
        var id = await CreateAsync("Draft");

        using var updated = await _notes.PutAsJsonAsync($"{Route}/{id}", new { title = "Final" });
        using var deleted = await _notes.DeleteAsync($"{Route}/{id}");
        using var read = await _notes.GetAsync($"{Route}/{id}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(updated.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await updated.ReadJsonAsync())["data"]!["version"]?.GetValue<int>(), Is.EqualTo(2));
            Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        }

        await read.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task List_PagesNewestFirst_AndItsCursorContinues()
    {
        using var tenant = Factory.Authorized(ReadWrite, tenant: $"list-{Guid.NewGuid():N}");
        var older = await CreateAsync("Older", tenant);
        var newer = await CreateAsync("Newer", tenant);

        var first = await tenant.GetFromJsonAsync<JsonNode>($"{Route}?pageSize=1");
        var next = await tenant.GetFromJsonAsync<JsonNode>($"{Route}?pageSize=1&cursor={first!["meta"]!["nextCursor"]}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first["data"]![0]!["id"]?.GetValue<int>(), Is.EqualTo(newer));
            Assert.That(first["meta"]!["totalCount"]?.GetValue<int>(), Is.EqualTo(2));
            Assert.That(next!["data"]![0]!["id"]?.GetValue<int>(), Is.EqualTo(older));
            Assert.That(next["meta"]!["nextCursor"], Is.Null);
        }
    }

    [Test]
    public async Task AnotherTenantsNote_Answers404()
    {
        var id = await CreateAsync("Mine");
        using var other = Factory.Authorized(ReadWrite, tenant: "someone-else");

        using var response = await other.GetAsync($"{Route}/{id}");

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Writing_WithOnlyTheReadScope_Returns403()
    {
        using var reader = Factory.Authorized("notes:read");

        using var response = await reader.PostAsJsonAsync(Route, new { title = "Nope" });

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Reading_WithoutAToken_Returns401()
    {
        using var anonymous = Factory.CreateClient();

        using var response = await anonymous.GetAsync(Route);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task TheOpenApiDocument_DescribesTheModule_ItsScopesAndTheTitlesBound()
    {
        var document = await Client.GetFromJsonAsync<JsonNode>("/openapi/v1.json");

        var paths = document!["paths"]!.AsObject();
        var bearer = document["components"]!["securitySchemes"]!.ToJsonString();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(paths.Select(path => path.Key), Is.SupersetOf(new[] { Route, $"{Route}/{{id}}" }));
            Assert.That(document["tags"]!.AsArray().Select(tag => tag!["name"]?.GetValue<string>()), Does.Contain("Notes"));
            Assert.That(bearer, Does.Contain("notes:read").And.Contain("notes:write"));
            Assert.That(document["components"]!["schemas"]!["NoteResponse"]!["properties"]!["title"]!["maxLength"]?.GetValue<int>(),
                Is.EqualTo(Domain.Notes.NoteTitle.MaxLength));
        }
    }

    private async Task<int> CreateAsync(string title, HttpClient? client = null)
    {
        using var response = await (client ?? _notes).PostAsJsonAsync(Route, new { title });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync())["data"]!["id"]!.GetValue<int>();
    }
}
