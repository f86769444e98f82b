using System.Collections.Concurrent;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ResourceService.EndToEnd.Tests.Console;

/// <summary>
/// One tab showing the console, and everything that went wrong in it: console errors (a missing file is one), script
/// errors, CSP violations, dialogs (an injected <c>alert</c> would be one) and failed loads of the page's own files.
/// The API's refusals the test provokes (400, 401, 412) are not problems: the browser logs them, the test checks them.
/// </summary>
public sealed class ConsolePage
{
    // Playwright raises its events on its own threads, while a test reads.
    private readonly ConcurrentQueue<string> _problems = new();
    private readonly ConcurrentQueue<string> _dialogs = new();
    private readonly ConcurrentQueue<string> _requests = new();

    private ConsolePage(IPage page)
    {
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !IsApiRefusal(message))
            {
                _problems.Enqueue($"console error: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => _problems.Enqueue($"script error: {error}");
        page.Dialog += (_, dialog) =>
        {
            _dialogs.Enqueue($"{dialog.Type}: {dialog.Message}");
            _ = dialog.DismissAsync();
        };
        page.Request += (_, request) => _requests.Enqueue(new Uri(request.Url).AbsolutePath);
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !IsApi(response.Url))
            {
                _problems.Enqueue($"{response.Status} for {response.Url}");
            }
        };
        page.RequestFailed += (_, request) =>
        {
            if (!IsApi(request.Url))
            {
                _problems.Enqueue($"request failed: {request.Url} ({request.Failure})");
            }
        };
    }

    public IPage Page { get; }

    public IReadOnlyList<string> Dialogs => [.. _dialogs];

    /// <summary>What went wrong in the tab so far.</summary>
    public IReadOnlyList<string> Problems => [.. _problems];

    /// <summary>The paths of every request the page sent.</summary>
    public IReadOnlyList<string> RequestedPaths => [.. _requests];

    public ILocator TokenField => Page.GetByLabel("Bearer token");

    public ILocator SignInButton => Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" });

    public ILocator SignInMessage => Page.Locator("#sign-in-message");

    public ILocator ResourcesHeading => Page.GetByRole(AriaRole.Heading, new() { Name = "Resources", Exact = true });

    public ILocator Notice => Page.GetByRole(AriaRole.Status);

    public ILocator Problem => Page.Locator("#problem");

    public ILocator Rows => Page.Locator("#rows tr");

    public ILocator NewName => Page.GetByLabel("Name of a new resource");

    public ILocator RenameDialog => Page.Locator("#rename-dialog");

    public static async Task<ConsolePage> OpenAsync(IBrowserContext context)
    {
        var console = new ConsolePage(await context.NewPageAsync());
        await console.Page.GotoAsync("/");
        return console;
    }

    public async Task SignInAsync(string token)
    {
        await TokenField.FillAsync(token);
        await SignInButton.ClickAsync();
        await Expect(ResourcesHeading).ToBeVisibleAsync();
        await Expect(Page.Locator("#resources")).Not.ToHaveAttributeAsync("aria-busy", "true");
    }

    public async Task CreateAsync(string name)
    {
        await NewName.FillAsync(name);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create", Exact = true }).ClickAsync();
    }

    /// <summary>The table row whose name cell says exactly this.</summary>
    public ILocator RowNamed(string name) =>
        Rows.Filter(new() { Has = Page.Locator("td.name").GetByText(name, new() { Exact = true }) });

    public async Task OpenRenameAsync(string name) =>
        await RowNamed(name).GetByRole(AriaRole.Button, new() { Name = $"Rename {name}", Exact = true }).ClickAsync();

    public async Task RenameAsync(string from, string to)
    {
        await OpenRenameAsync(from);
        await Page.GetByLabel("New name").FillAsync(to);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save name" }).ClickAsync();
    }

    /// <summary>The id of the element that has the keyboard focus.</summary>
    public Task<string> FocusedAsync() =>
        Page.EvaluateAsync<string>("() => document.activeElement?.id || document.activeElement?.getAttribute('aria-label') || ''");

    public async Task ScreenshotAsync(string name)
    {
        var file = Path.Combine(Screenshots.Folder, $"{name}.png");
        await Page.ScreenshotAsync(new() { Path = file, FullPage = true });
        TestContext.AddTestAttachment(file, name);
    }

    public void AssertNothingWentWrong()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Problems, Is.Empty, "console errors, script errors, CSP violations or failed loads");
            Assert.That(Dialogs, Is.Empty, "no dialog may open");
        }
    }

    private static bool IsApi(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.AbsolutePath.StartsWith("/api/", StringComparison.Ordinal);

    // Chromium logs every failed answer to fetch as "Failed to load resource"; the API's refusals are the test's
    // subject, but a 500 is always a problem. The location is "URL:line:column".
    private static bool IsApiRefusal(IConsoleMessage message) =>
        (message.Text.StartsWith("Failed to load resource: the server responded with a status of 4", StringComparison.Ordinal) ||
         message.Text.StartsWith("Failed to load resource: the server responded with a status of 503", StringComparison.Ordinal)) &&
        IsApi(message.Location);
}
