using Microsoft.Playwright;

namespace ResourceService.EndToEnd.Tests;

/// <summary>Debian's Chromium, driven by Playwright without a browser download (CI installs the package).</summary>
internal static class Chromium
{
    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync", "--disable-dev-shm-usage",
    ];

    /// <summary>Launches it headless; without it the fixture is ignored with the reason, or fails when CI=true.</summary>
    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = RequireExecutable(),
            Headless = true,
            Args = Arguments,
        });

    public static string RequireExecutable()
    {
        var chromium = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists);
        if (chromium is not null)
        {
            return chromium;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail("CI=true requires Chromium (Debian package chromium)");
        }

        Assert.Ignore("Chromium is not installed (Debian package chromium)");
        return null!; // not reached: Assert.Ignore throws
    }
}
