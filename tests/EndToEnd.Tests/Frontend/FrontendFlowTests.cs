using System.Text.Json;
using ResourceService.TestSupport;

namespace ResourceService.EndToEnd.Tests.Frontend;

/// <summary>A web frontend's whole flow, run by a real browser: create, find, rename, delete.</summary>
public sealed class FrontendFlowTests : BrowserFixture
{
    // Runs in the page, as a frontend's own code would: fetch with a bearer token, JSON in and out.
    private const string Flow = """
        async ([api, token]) => {
          const headers = { 'Authorization': `Bearer ${token}`, 'Content-Type': 'application/json' };
          const steps = [];
          const created = await fetch(`${api}/api/v1/resource`, { method: 'POST', headers, body: JSON.stringify({ name: '  Browser <b>made</b>  ' }) });
          const createdBody = await created.json();
          steps.push({ step: 'create', status: created.status, location: created.headers.get('Location'), name: createdBody.data.name });
          const id = createdBody.data.id;
          const listed = await fetch(`${api}/api/v1/resource?name=browser&sort=-createdAt`, { headers });
          const listBody = await listed.json();
          steps.push({ step: 'list', status: listed.status, count: listBody.meta.totalCount });
          const read = await fetch(`${api}/api/v1/resource/${id}`, { headers });
          const etag = read.headers.get('ETag');
          steps.push({ step: 'read', status: read.status, etag });
          const renamed = await fetch(`${api}/api/v1/resource/${id}`, { method: 'PUT', headers: { ...headers, 'If-Match': etag }, body: JSON.stringify({ name: 'Renamed in the browser' }) });
          steps.push({ step: 'rename', status: renamed.status, name: (await renamed.json()).data.name });
          const invalid = await fetch(`${api}/api/v1/resource/${id}`, { method: 'PUT', headers, body: JSON.stringify({ name: ' ' }) });
          const problem = await invalid.json();
          steps.push({ step: 'invalid', status: invalid.status, type: invalid.headers.get('Content-Type'), field: Object.keys(problem.errors)[0] });
          const deleted = await fetch(`${api}/api/v1/resource/${id}`, { method: 'DELETE', headers });
          steps.push({ step: 'delete', status: deleted.status });
          const gone = await fetch(`${api}/api/v1/resource/${id}`, { headers });
          steps.push({ step: 'gone', status: gone.status });
          return JSON.stringify(steps);
        }
        """;

    private const string SingleRead = """
        async ([api, token]) => {
          try {
            const response = await fetch(`${api}/api/v1/resource`, { headers: { 'Authorization': `Bearer ${token}` } });
            return `status ${response.status}`;
          } catch (error) {
            return `blocked: ${error.name}`;
          }
        }
        """;

    [Test]
    public async Task AFrontendOnAnAllowedOrigin_CreatesFindsRenamesAndDeletesThroughTheBrowser()
    {
        var page = await OpenPageAsync(FrontendOrigin);

        var json = await page.EvaluateAsync<string>(Flow, new[] { ServiceAddress.ToString().TrimEnd('/'), TestTokens.Create() });
        var steps = JsonDocument.Parse(json).RootElement.EnumerateArray()
            .ToDictionary(step => step.GetProperty("step").GetString()!, step => step);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(steps["create"].GetProperty("status").GetInt32(), Is.EqualTo(201));
            Assert.That(steps["create"].GetProperty("location").GetString(), Does.StartWith("/api/v1/resource/"), "Location is exposed to the page");
            Assert.That(steps["create"].GetProperty("name").GetString(), Is.EqualTo("Browser <b>made</b>"));
            Assert.That(steps["list"].GetProperty("count").GetInt32(), Is.EqualTo(1));
            Assert.That(steps["read"].GetProperty("etag").GetString(), Is.EqualTo("\"1\""), "ETag is exposed to the page");
            Assert.That(steps["rename"].GetProperty("status").GetInt32(), Is.EqualTo(200));
            Assert.That(steps["rename"].GetProperty("name").GetString(), Is.EqualTo("Renamed in the browser"));
            Assert.That(steps["invalid"].GetProperty("status").GetInt32(), Is.EqualTo(400));
            Assert.That(steps["invalid"].GetProperty("type").GetString(), Is.EqualTo("application/problem+json"));
            Assert.That(steps["invalid"].GetProperty("field").GetString(), Is.EqualTo("name"));
            Assert.That(steps["delete"].GetProperty("status").GetInt32(), Is.EqualTo(204));
            Assert.That(steps["gone"].GetProperty("status").GetInt32(), Is.EqualTo(404));
        }
    }

    [Test]
    public async Task APageOnAnotherOrigin_IsStoppedByTheBrowsersCorsCheck()
    {
        var page = await OpenPageAsync(OtherOrigin);

        var outcome = await page.EvaluateAsync<string>(SingleRead, new[] { ServiceAddress.ToString().TrimEnd('/'), TestTokens.Create() });

        Assert.That(outcome, Is.EqualTo("blocked: TypeError"));
    }

    [Test]
    public async Task TheAllowedFrontend_WithoutAToken_IsToldSoInAProblemItCanRead()
    {
        var page = await OpenPageAsync(FrontendOrigin);

        var outcome = await page.EvaluateAsync<string>(SingleRead, new[] { ServiceAddress.ToString().TrimEnd('/'), "not-a-token" });

        Assert.That(outcome, Is.EqualTo("status 401"));
    }
}
