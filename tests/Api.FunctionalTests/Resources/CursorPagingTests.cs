using System.Net;
using System.Text.Json.Nodes;
using ResourceService.Api.FunctionalTests.Infrastructure;

namespace ResourceService.Api.FunctionalTests.Resources;

/// <summary>Lists continue by keyset cursor at any depth; offset pages are bounded.</summary>
public sealed class CursorPagingTests : ApiFixture
{
    private string _tag = null!;
    private List<JsonNode> _created = null!;

    [OneTimeSetUp]
    public async Task CreateRowsAsync()
    {
        _tag = UniqueName("walk");
        _created = [];
        // Two rows share a name, so that walking by name must break the tie by id.
        foreach (var name in new[] { "delta", "alpha", "Charlie", "bravo", "echo", "alpha", "golf", "foxtrot" })
        {
            _created.Add(await Client.CreateAsync($"{_tag} {name}"));
        }
    }

    [TestCase("id")]
    [TestCase("-id")]
    [TestCase("name")]
    [TestCase("-name")]
    [TestCase("createdAt")]
    [TestCase("-createdAt")]
    public async Task WalkingByCursor_VisitsEveryRowOnceInTheOrderOfOnePage(string sort)
    {
        var whole = Ids(await GetJsonAsync($"{ApiClient.Route}?name={_tag}&sort={sort}&pageSize=100"));

        var walked = new List<int>();
        var body = await GetJsonAsync($"{ApiClient.Route}?name={_tag}&sort={sort}&pageSize=3");
        walked.AddRange(Ids(body));
        while (body["meta"]!["nextCursor"]?.GetValue<string>() is { } cursor)
        {
            body = await GetJsonAsync($"{ApiClient.Route}?name={_tag}&sort={sort}&pageSize=3&cursor={cursor}");
            walked.AddRange(Ids(body));
        }

        Assert.That(walked, Is.EqualTo(whole).And.Count.EqualTo(_created.Count));
    }

    [Test]
    public async Task ThePageAfterACursor_SaysItIsReachedByCursorAndStillCountsEveryMatch()
    {
        var first = await GetJsonAsync($"{ApiClient.Route}?name={_tag}&pageSize=3");
        var next = await GetJsonAsync($"{ApiClient.Route}?name={_tag}&pageSize=3&cursor={first["meta"]!["nextCursor"]}");

        var meta = next["meta"]!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(first["meta"]!["page"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(meta["page"], Is.Null);
            Assert.That(meta["totalPages"], Is.Null);
            Assert.That(meta["totalCount"]!.GetValue<int>(), Is.EqualTo(_created.Count));
            Assert.That(meta["totalCountExact"]!.GetValue<bool>(), Is.True);
        }
    }

    [Test]
    public async Task TheLinkHeader_LeadsToTheNextPageAndTheLastPageHasNone()
    {
        var pages = 0;
        var path = $"{ApiClient.Route}?name={_tag}&sort=-name&pageSize=3";
        var seen = new List<int>();
        while (path is not null)
        {
            using var response = await Client.GetAsync(path);
            seen.AddRange(Ids(await response.ReadJsonAsync()));
            pages++;
            path = response.Headers.TryGetValues("Link", out var links) ? Target(links.Single()) : null;
        }

        Assert.That((pages, seen.Distinct().Count()), Is.EqualTo((3, _created.Count)));
    }

    [Test]
    public async Task TheLastPage_HasNoCursor()
    {
        var body = await GetJsonAsync($"{ApiClient.Route}?name={_tag}&pageSize=100");

        Assert.That(body["meta"]!["nextCursor"], Is.Null);
    }

    [Test]
    public async Task ACursorWithOneCharacterChanged_Answers400NamingCursor()
    {
        var cursor = await FirstCursorAsync($"name={_tag}");
        var tampered = cursor[..^2] + (cursor[^2] == 'A' ? 'B' : 'A') + cursor[^1];

        using var response = await Client.GetAsync($"{ApiClient.Route}?name={_tag}&pageSize=3&cursor={tampered}");

        await response.AssertValidationProblemAsync("cursor");
    }

    [Test]
    public async Task ACursorOfAnotherTenant_Answers400NamingCursor()
    {
        var cursor = await FirstCursorAsync($"name={_tag}");
        using var other = Factory.Authorized(subject: "mallory", tenant: "cursor-thief");

        using var response = await other.GetAsync($"{ApiClient.Route}?name={_tag}&pageSize=3&cursor={cursor}");

        await response.AssertValidationProblemAsync("cursor");
    }

    [TestCase("sort=-id")]
    [TestCase("name=other")]
    public async Task ACursorSentWithAnotherFilterOrSort_Answers400NamingCursor(string changed)
    {
        var cursor = await FirstCursorAsync($"name={_tag}");
        var query = changed.StartsWith("name", StringComparison.Ordinal) ? changed : $"name={_tag}&{changed}";

        using var response = await Client.GetAsync($"{ApiClient.Route}?{query}&pageSize=3&cursor={cursor}");

        await response.AssertValidationProblemAsync("cursor");
    }

    [Test]
    public async Task APageAndACursorTogether_Answer400NamingPage()
    {
        var cursor = await FirstCursorAsync($"name={_tag}");

        using var response = await Client.GetAsync($"{ApiClient.Route}?name={_tag}&pageSize=3&page=2&cursor={cursor}");

        await response.AssertValidationProblemAsync("page");
    }

    [TestCase(101, 100)]
    [TestCase(501, 20)]
    public async Task APageBeyondTheFirstTenThousandRows_Answers400NamingPageAndPointingToTheCursor(int page, int pageSize)
    {
        using var response = await Client.GetAsync($"{ApiClient.Route}?page={page}&pageSize={pageSize}");

        var errors = await response.AssertValidationProblemAsync("page");
        Assert.That(errors["page"]![0]!.GetValue<string>(), Does.Contain("cursor"));
    }

    [TestCase(100, 100)]
    [TestCase(500, 20)]
    public async Task APageEndingAtTheTenThousandthRow_IsServed(int page, int pageSize)
    {
        using var response = await Client.GetAsync($"{ApiClient.Route}?page={page}&pageSize={pageSize}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    private async Task<string> FirstCursorAsync(string query) =>
        (await GetJsonAsync($"{ApiClient.Route}?{query}&pageSize=3"))["meta"]!["nextCursor"]!.GetValue<string>();

    private async Task<JsonNode> GetJsonAsync(string path)
    {
        using var response = await Client.GetAsync(path);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    private static List<int> Ids(JsonNode body) => body["data"]!.AsArray().Select(item => item!["id"]!.GetValue<int>()).ToList();

    // <path?query>; rel="next"
    private static string Target(string link)
    {
        Assert.That(link, Does.EndWith("; rel=\"next\""));
        return link[1..link.IndexOf('>', StringComparison.Ordinal)];
    }
}
