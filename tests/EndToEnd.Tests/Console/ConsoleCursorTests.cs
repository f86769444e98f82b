using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Web;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ResourceService.EndToEnd.Tests.Console;

/// <summary>
/// The console's side of cursor paging (docs contract of issue 7): a list answer whose meta carries
/// <c>nextCursor</c> continues with "Load more" and <c>?cursor=</c> instead of page buttons. Until the service sends
/// cursors itself, the test adds one to the service's real answers and serves the cursor's page as page 2.
/// </summary>
public sealed class ConsoleCursorTests : ConsoleFixture
{
    private const string Cursor = "opaque-cursor-1";

    [Test]
    public async Task AListAnswerWithACursor_ContinuesWithLoadMoreInsteadOfPageButtons()
    {
        var token = TokenFor(NewTenant());
        using (var api = ApiClient(token))
        {
            for (var number = 1; number <= 25; number++)
            {
                using var created = await api.PostAsJsonAsync("/api/v1/resource", new { name = $"Row {number:00}" });
                Assert.That((int)created.StatusCode, Is.EqualTo(201));
            }
        }

        var console = await OpenConsoleAsync();
        var continued = new List<string>();
        await console.Page.RouteAsync("**/api/v1/resource?*", async route =>
        {
            var query = HttpUtility.ParseQueryString(new Uri(route.Request.Url).Query);
            var byCursor = query["cursor"] == Cursor;
            if (byCursor)
            {
                continued.Add(new Uri(route.Request.Url).Query);
            }

            var url = byCursor ? route.Request.Url.Replace($"cursor={Cursor}", "page=2", StringComparison.Ordinal) : route.Request.Url;
            var response = await route.FetchAsync(new() { Url = url });
            var body = JsonNode.Parse(await response.TextAsync())!;
            body["meta"]!["nextCursor"] = byCursor ? null : Cursor;
            await route.FulfillAsync(new() { Response = response, Body = body.ToJsonString() });
        });
        await console.SignInAsync(token);

        var loadMore = console.Page.GetByRole(AriaRole.Button, new() { Name = "Load more" });
        await Expect(console.Rows).ToHaveCountAsync(20);
        await Expect(loadMore).ToBeVisibleAsync();
        await Expect(console.Page.Locator("#pages")).ToBeHiddenAsync();

        await loadMore.ClickAsync();

        await Expect(console.Rows).ToHaveCountAsync(25);
        await Expect(console.Rows.Last.Locator("td.name")).ToHaveTextAsync("Row 01");
        await Expect(loadMore).ToBeHiddenAsync();
        await Expect(console.Page.Locator("#summary")).ToHaveTextAsync("Showing 25 of 25 resources");
        Assert.That(await console.FocusedAsync(), Is.EqualTo("Rename Row 05"), "focus moves to the first row that was loaded");
        Assert.That(continued, Has.Exactly(1).Items.And.All.Contains($"cursor={Cursor}").And.All.Not.Contains("page="),
            "the continuation carries the cursor and no page number");
        console.AssertNothingWentWrong();
    }
}
