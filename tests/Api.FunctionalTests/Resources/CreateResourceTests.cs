using System.Net;
using System.Net.Http.Json;
using ResourceService.Api.FunctionalTests.Infrastructure;

namespace ResourceService.Api.FunctionalTests.Resources;

public sealed class CreateResourceTests : ApiFixture
{
    private static readonly string[] VerbatimNames =
    [
        "<script>alert('x')</script>",
        "Robert'); DROP TABLE resource;--",
        "50% off_ [sale] \\ \"quoted\" `back`",
        "Ünïcödé 漢字 עברית 🚀👩‍💻",
        "a",
        new string('x', 255),
        // 255 code points, as the schema's maxLength counts them, though 510 UTF-16 units.
        string.Concat(Enumerable.Repeat("\U0001F600", 255)),
    ];

    [Test]
    public async Task Create_WithValidName_Returns201WithLocationETagAndEnvelope()
    {
        var before = DateTime.UtcNow.AddSeconds(-5);
        using var response = await Client.PostNameAsync("  Widget  ");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var body = await response.ReadJsonAsync();
        var data = body["data"]!;
        var id = data["id"]!.GetValue<int>();
        var createdAt = data["createdAt"]!.GetValue<string>();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(body["success"]!.GetValue<bool>(), Is.True);
            Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo($"{ApiClient.Route}/{id}"));
            Assert.That(response.Headers.ETag?.Tag, Is.EqualTo("\"1\""));
            Assert.That(data["name"]!.GetValue<string>(), Is.EqualTo("Widget"));
            Assert.That(data["updatedAt"], Is.Null);
            Assert.That(data["version"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(createdAt, Does.EndWith("Z"));
            Assert.That(DateTime.Parse(createdAt, null, System.Globalization.DateTimeStyles.RoundtripKind), Is.InRange(before, DateTime.UtcNow.AddSeconds(5)));
        }
    }

    [Test]
    public async Task Create_AnswersExactlyTheDocumentedMembers()
    {
        using var response = await Client.PostNameAsync("members");

        var body = (await response.ReadJsonAsync()).AsObject();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(body.Select(member => member.Key), Is.EqualTo(new[] { "success", "data" }));
            Assert.That(body["data"]!.AsObject().Select(member => member.Key),
                Is.EqualTo(new[] { "id", "name", "createdAt", "updatedAt", "version" }));
        }
    }

    [TestCaseSource(nameof(VerbatimNames))]
    public async Task Create_WithAnyTextWithinTheRules_StoresItVerbatim(string name)
    {
        var created = await Client.CreateAsync(name);

        using var read = await Client.GetAsync($"{ApiClient.Route}/{created["id"]}");
        var stored = (await read.ReadJsonAsync())["data"]!["name"]!.GetValue<string>();
        Assert.That(stored, Is.EqualTo(name));
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase(null)]
    public async Task Create_WhenNameIsBlank_Returns400WithNameError(string? name)
    {
        using var response = await Client.PostNameAsync(name);

        await response.AssertValidationProblemAsync("name");
    }

    [TestCase("tab\there")]
    [TestCase("line\nbreak")]
    [TestCase("nul\u0000char")]
    [TestCase("bell\u0007")]
    public async Task Create_WhenNameHasControlCharacters_Returns400WithNameError(string name)
    {
        using var response = await Client.PostNameAsync(name);

        await response.AssertValidationProblemAsync("name");
    }

    [Test]
    public async Task Create_WhenNameIsLongerThan255Characters_Returns400AndStoresNothing()
    {
        var name = new string('y', 256);
        using var response = await Client.PostNameAsync(name);

        await response.AssertValidationProblemAsync("name");
        using var list = await Client.GetAsync($"{ApiClient.Route}?name={new string('y', 255)}");
        Assert.That((await list.ReadJsonAsync())["meta"]!["totalCount"]!.GetValue<int>(), Is.Zero);
    }

    [Test]
    public async Task Create_WhenNameIsMissingFromTheBody_Returns400WithNameError()
    {
        using var response = await Client.PostAsync(ApiClient.Route, ApiClient.Json("{}"));

        await response.AssertValidationProblemAsync("name");
    }

    [TestCase("{\"name\": 42}", "name")]
    [TestCase("{\"name\": [\"a\"]}", "name")]
    [TestCase("{\"name\": {\"first\": \"a\"}}", "name")]
    [TestCase("[\"a\"]", "body")]
    [TestCase("\"just a string\"", "body")]
    public async Task Create_WhenBodyHasTheWrongJsonShape_Returns400NamingTheField(string raw, string field)
    {
        using var response = await Client.PostAsync(ApiClient.Route, ApiClient.Json(raw));

        await response.AssertValidationProblemAsync(field);
    }

    [TestCase("{\"name\": \"first\", \"name\": \"second\"}")]
    [TestCase("{\"name\": \"first\", \"Name\": \"second\"}")]
    public async Task Create_WhenBodyRepeatsAProperty_Returns400NamingItAndStoresNothing(string raw)
    {
        using var response = await Client.PostAsync(ApiClient.Route, ApiClient.Json(raw));

        var errors = await response.AssertValidationProblemAsync("name");
        Assert.That(errors["name"]![0]!.GetValue<string>(), Does.Contain("more than once"));
        using var list = await Client.GetAsync($"{ApiClient.Route}?name=second");
        Assert.That((await list.ReadJsonAsync())["meta"]!["totalCount"]!.GetValue<int>(), Is.Zero);
    }

    [TestCase("{\"name\": ")]
    [TestCase("{name: 'single quotes'}")]
    [TestCase("not json at all")]
    public async Task Create_WhenBodyIsMalformedJson_Returns400Problem(string raw)
    {
        using var response = await Client.PostAsync(ApiClient.Route, ApiClient.Json(raw));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [TestCase("")]
    [TestCase("null")]
    public async Task Create_WhenBodyIsEmptyOrNull_Returns400Problem(string raw)
    {
        using var response = await Client.PostAsync(ApiClient.Route, ApiClient.Json(raw));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Create_WhenBodyIsPlainText_Returns415Problem()
    {
        using var response = await Client.PostAsync(ApiClient.Route, new StringContent("name=x"));

        await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [TestCase("bogus")]
    [TestCase("utf-7")]
    [TestCase("iso-8859-1")]
    public async Task Create_WhenJsonIsInACharsetOtherThanUnicode_Returns415Problem(string charset)
    {
        using var content = new StringContent("{\"name\": \"charset\"}");
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse($"application/json; charset={charset}");

        using var response = await Client.PostAsync(ApiClient.Route, content);

        await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [TestCase("utf-8")]
    [TestCase("utf-16")]
    public async Task Create_WhenJsonIsInAUnicodeCharset_IsAccepted(string charset)
    {
        using var content = new StringContent("{\"name\": \"unicode\"}", System.Text.Encoding.GetEncoding(charset), "application/json");

        using var response = await Client.PostAsync(ApiClient.Route, content);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task Create_WhenBodyIsAForm_Returns415ProblemAndStoresNothing()
    {
        var name = UniqueName("form");
        using var response = await Client.PostAsync(
            ApiClient.Route, new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = name }));

        await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
        using var list = await Client.GetAsync($"{ApiClient.Route}?name={name}");
        Assert.That((await list.ReadJsonAsync())["meta"]!["totalCount"]!.GetValue<int>(), Is.Zero);
    }

    [Test]
    public async Task Create_IgnoresClientSuppliedIdAndTimes()
    {
        using var response = await Client.PostAsJsonAsync(
            ApiClient.Route, new { id = 999_999, name = "mine", createdAt = "2000-01-01T00:00:00Z", version = 7 });

        var data = (await response.ReadJsonAsync())["data"]!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(data["id"]!.GetValue<int>(), Is.Not.EqualTo(999_999));
            Assert.That(data["createdAt"]!.GetValue<string>(), Does.Not.StartWith("2000"));
            Assert.That(data["version"]!.GetValue<int>(), Is.EqualTo(1));
        }
    }
}
