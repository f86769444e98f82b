using System.Net.Http.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ResourceService.EndToEnd.Tests.Console;

/// <summary>
/// The console's side of cursor paging: a list answer whose meta carries <c>nextCursor</c> continues with
/// "Load more" and the service's own <c>?cursor=</c> instead of page buttons.
/// </summary>
public sealed class ConsoleCursorTests : ConsoleFixture
{
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
        console.Page.Request += (_, request) =>
        {
            if (request.Url.Contains("cursor=", StringComparison.Ordinal))
            {
                continued.Add(new Uri(request.Url).Query);
            }
        };
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
        Assert.That(continued, Has.Exactly(1).Items.And.All.Contains("cursor=").And.All.Not.Contains("page="),
            "the continuation carries the cursor and no page number");
        console.AssertNothingWentWrong();
    }
}
