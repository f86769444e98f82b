using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ResourceService.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace ResourceService.EndToEnd.Tests.Console;

/// <summary>The web console at /, used by an operator in a real browser against the real service.</summary>
public sealed class ConsoleFlowTests : ConsoleFixture
{
    private const string Markup = "<img src=x onerror=alert(1)>";

    [Test]
    public async Task AnOperator_SignsInCreatesRenamesAndDeletes_AndAStaleSecondTabIsToldOfTheConflict()
    {
        var token = TokenFor(NewTenant());
        var first = await OpenConsoleAsync();
        await Expect(first.TokenField).ToBeFocusedAsync();
        await Expect(first.Page.GetByText("dotnet user-jwts create")).ToBeHiddenAsync();
        await first.ScreenshotAsync("01-sign-in");

        await first.SignInAsync(token);
        Assert.That(await first.FocusedAsync(), Is.EqualTo("resources-title"), "focus moves to the list after signing in");
        await first.CreateAsync("Blue bicycle");
        await Expect(first.Notice).ToHaveTextAsync(new Regex("^Created “Blue bicycle” \\(id [0-9]+\\)\\.$"));
        await Expect(first.RowNamed("Blue bicycle")).ToBeVisibleAsync();
        Assert.That(await first.FocusedAsync(), Is.EqualTo("create-name"), "focus stays in the field, ready for the next one");
        await first.ScreenshotAsync("02-created");

        var second = await OpenSecondTabAsync(first);
        await second.SignInAsync(token);
        await Expect(second.RowNamed("Blue bicycle")).ToBeVisibleAsync();

        await first.RenameAsync("Blue bicycle", "Red bicycle");
        await Expect(first.Notice).ToHaveTextAsync("Renamed to “Red bicycle”.");
        await Expect(first.RowNamed("Red bicycle").Locator("td[data-label=Version]")).ToHaveTextAsync("2");
        Assert.That(await first.FocusedAsync(), Is.EqualTo("Rename Red bicycle"), "focus returns to the renamed row");

        await second.RenameAsync("Blue bicycle", "Green bicycle");
        await Expect(second.RenameDialog.GetByRole(AriaRole.Alert)).ToHaveTextAsync(
            "Someone else changed this resource after you loaded it, so your change was not saved. " +
            "It is now called “Red bicycle” (version 2). Save again to replace that name with yours, or cancel.");
        await Expect(second.RenameDialog).ToBeVisibleAsync();
        await second.ScreenshotAsync("03-rename-conflict");
        await second.Page.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Expect(second.RowNamed("Red bicycle")).ToBeVisibleAsync();

        await first.RowNamed("Red bicycle").GetByRole(AriaRole.Button, new() { Name = "Delete Red bicycle" }).ClickAsync();
        var confirmation = first.Page.Locator("#delete-dialog");
        await Expect(confirmation).ToContainTextAsync("Delete “Red bicycle”? This cannot be undone.");
        Assert.That(await first.FocusedAsync(), Is.EqualTo("delete-cancel"), "the safe choice has the focus");
        await first.ScreenshotAsync("04-delete-confirmation");
        await confirmation.GetByRole(AriaRole.Button, new() { Name = "Delete", Exact = true }).ClickAsync();
        await Expect(first.Notice).ToHaveTextAsync("Deleted “Red bicycle”.");
        await Expect(first.Rows).ToHaveCountAsync(0);
        await Expect(first.Page.Locator("#empty")).ToBeVisibleAsync();

        first.AssertNothingWentWrong();
        second.AssertNothingWentWrong();
    }

    [Test]
    public async Task TheConsole_CanBeUsedWithTheKeyboardAlone()
    {
        var console = await OpenConsoleAsync();
        var keyboard = console.Page.Keyboard;
        await Expect(console.TokenField).ToBeFocusedAsync();

        await keyboard.InsertTextAsync(TokenFor(NewTenant()));
        await keyboard.PressAsync("Enter");
        await Expect(console.ResourcesHeading).ToBeFocusedAsync();

        await keyboard.PressAsync("Tab");
        await Expect(console.NewName).ToBeFocusedAsync();
        await keyboard.TypeAsync("Typed");
        await keyboard.PressAsync("Enter");
        await Expect(console.RowNamed("Typed")).ToBeVisibleAsync();
        await Expect(console.NewName).ToBeFocusedAsync();

        // Create, the filter's field, the sort, Show, then the row's first button.
        for (var step = 0; step < 5; step++)
        {
            await keyboard.PressAsync("Tab");
        }

        await Expect(console.Page.GetByRole(AriaRole.Button, new() { Name = "Rename Typed", Exact = true })).ToBeFocusedAsync();
        await keyboard.PressAsync("Enter");
        await Expect(console.Page.GetByLabel("New name")).ToBeFocusedAsync();
        await keyboard.TypeAsync("Typed again");
        await keyboard.PressAsync("Enter");
        await Expect(console.Page.GetByRole(AriaRole.Button, new() { Name = "Rename Typed again", Exact = true })).ToBeFocusedAsync();

        await keyboard.PressAsync("Tab");
        await keyboard.PressAsync("Enter");
        await Expect(console.Page.Locator("#delete-cancel")).ToBeFocusedAsync();
        await keyboard.PressAsync("Escape");
        await Expect(console.Page.Locator("#delete-dialog")).ToBeHiddenAsync();
        await Expect(console.RowNamed("Typed again")).ToBeVisibleAsync();
        console.AssertNothingWentWrong();
    }

    [Test]
    public async Task ABlankName_IsRefusedWithTheServicesMessageNextToTheField()
    {
        var token = TokenFor(NewTenant());
        var expected = await FieldErrorForAsync(token, "   ");
        var console = await OpenConsoleAsync();
        await console.SignInAsync(token);

        await console.CreateAsync("   ");

        var error = console.Page.Locator("#create-name-error");
        await Expect(error).ToHaveTextAsync(expected);
        await Expect(console.NewName).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(console.NewName).ToBeFocusedAsync();
        await Expect(console.NewName).ToHaveAttributeAsync("aria-describedby", "create-name-error");
        await console.ScreenshotAsync("05-field-error");
        await Expect(console.Rows).ToHaveCountAsync(0);
        console.AssertNothingWentWrong();
    }

    [Test]
    public async Task AMarkupName_IsShownAsTextAndNothingInItRuns()
    {
        var console = await OpenConsoleAsync();
        await console.SignInAsync(TokenFor(NewTenant()));

        await console.CreateAsync(Markup);

        await Expect(console.Notice).ToHaveTextAsync(new Regex($"^Created “{Regex.Escape(Markup)}” \\(id [0-9]+\\)\\.$"));
        var cell = console.Rows.Locator("td.name");
        await Expect(cell).ToHaveTextAsync(Markup);
        await console.OpenRenameAsync(Markup);
        await Expect(console.RenameDialog.GetByRole(AriaRole.Heading)).ToHaveTextAsync($"Rename “{Markup}”");
        await console.ScreenshotAsync("06-markup-as-text");
        await console.Page.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await console.Page.Locator("main img, dialog img").CountAsync(), Is.Zero, "no element was made from the name");
            Assert.That(console.RequestedPaths, Does.Not.Contain("/x"), "no image was requested");
        }

        console.AssertNothingWentWrong();
    }

    [Test]
    public async Task AnExpiredToken_BringsBackTheSignInWithAMessage()
    {
        var tenant = NewTenant();
        var console = await OpenConsoleAsync();
        await console.SignInAsync(TokenFor(tenant));
        await console.CreateAsync("Made before the token expired");
        await Expect(console.RowNamed("Made before the token expired")).ToBeVisibleAsync();

        // The operator comes back to the tab after the token's lifetime: the stored token is now an expired one.
        var expired = TokenFor(tenant, expires: DateTime.UtcNow.AddHours(-1), notBefore: DateTime.UtcNow.AddHours(-2));
        await console.Page.EvaluateAsync("token => sessionStorage.setItem('resource-console.token', token)", expired);
        await console.Page.ReloadAsync();

        await Expect(console.SignInMessage).ToHaveTextAsync("Your token has expired. Sign in again with a new one.");
        await Expect(console.TokenField).ToBeVisibleAsync();
        await Expect(console.TokenField).ToBeFocusedAsync();
        await Expect(console.ResourcesHeading).ToBeHiddenAsync();
        Assert.That(await console.Page.EvaluateAsync<string?>("() => sessionStorage.getItem('resource-console.token')"), Is.Null,
            "the refused token is forgotten");
        await console.ScreenshotAsync("07-token-expired");
        console.AssertNothingWentWrong();
    }

    [Test]
    public async Task ATokenWithoutTheWriteScope_IsToldInPlainWordsWhyItCannotCreate()
    {
        var console = await OpenConsoleAsync();
        await console.SignInAsync(TokenFor(NewTenant(), scope: TestTokens.Read));

        await console.CreateAsync("Not allowed");

        await Expect(console.Problem).ToHaveTextAsync(
            "Your token does not allow you to create resources: it needs the scope resource:write (and a valid tenant). " +
            "Ask for a token that grants it.");
        console.AssertNothingWentWrong();
    }

    [Test]
    public async Task TheList_PagesFiltersAndSorts()
    {
        var token = TokenFor(NewTenant());
        using (var api = ApiClient(token))
        {
            for (var number = 1; number <= 25; number++)
            {
                using var created = await api.PostAsJsonAsync("/api/v1/resource", new { name = $"Item {number:00}" });
                Assert.That((int)created.StatusCode, Is.EqualTo(201));
            }
        }

        var console = await OpenConsoleAsync();
        await console.SignInAsync(token);

        await Expect(console.Rows).ToHaveCountAsync(20);
        await Expect(console.Rows.First.Locator("td.name")).ToHaveTextAsync("Item 25", new() { Timeout = 5000 });
        await Expect(console.Page.Locator("#summary")).ToHaveTextAsync("Showing 20 of 25 resources");
        var loadMore = console.Page.GetByRole(AriaRole.Button, new() { Name = "Load more" });
        await Expect(console.Page.Locator("#pages")).ToBeHiddenAsync();

        await loadMore.ClickAsync();
        await Expect(console.Rows).ToHaveCountAsync(25);
        await Expect(console.Rows.Last.Locator("td.name")).ToHaveTextAsync("Item 01");
        await Expect(loadMore).ToBeHiddenAsync();
        await console.ScreenshotAsync("08-loaded-more");

        await console.Page.GetByLabel("Name contains").FillAsync("item 1");
        await console.Page.GetByLabel("Sort by").SelectOptionAsync(new SelectOptionValue { Label = "Name, A to Z" });
        await console.Page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();

        await Expect(console.Rows.Locator("td.name")).ToHaveTextAsync(
            ["Item 10", "Item 11", "Item 12", "Item 13", "Item 14", "Item 15", "Item 16", "Item 17", "Item 18", "Item 19"]);
        await Expect(console.Page.Locator("#pages")).ToBeHiddenAsync();
        await console.ScreenshotAsync("09-filtered-and-sorted");
        console.AssertNothingWentWrong();
    }

    [Test]
    public async Task OnANarrowScreen_TheListFitsWithoutSidewaysScrolling()
    {
        var token = TokenFor(NewTenant());
        using (var api = ApiClient(token))
        {
            using var created = await api.PostAsJsonAsync("/api/v1/resource", new { name = "A rather long name that has to wrap on a phone screen" });
            Assert.That((int)created.StatusCode, Is.EqualTo(201));
        }

        var console = await OpenConsoleAsync(width: 360, height: 740);
        await console.SignInAsync(token);
        await Expect(console.Rows).ToHaveCountAsync(1);

        var overflow = await console.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        await console.ScreenshotAsync("10-narrow-screen");
        Assert.That(overflow, Is.LessThanOrEqualTo(0), "the page is no wider than the screen");
        var delete = await console.Rows.First.GetByRole(AriaRole.Button, new() { Name = "Delete A rather long name that has to wrap on a phone screen" })
            .BoundingBoxAsync();
        Assert.That(delete!.X + delete.Width, Is.LessThanOrEqualTo(360), "the row's last button is on the screen");
        console.AssertNothingWentWrong();
    }

    private async Task<string> FieldErrorForAsync(string token, string name)
    {
        using var api = ApiClient(token);
        using var response = await api.PostAsJsonAsync("/api/v1/resource", new { name });
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.That((int)response.StatusCode, Is.EqualTo(400), problem.ToJsonString());
        return problem["errors"]!["name"]![0]!.GetValue<string>();
    }
}
