using static Microsoft.Playwright.Assertions;

namespace ResourceService.EndToEnd.Tests.Console;

/// <summary>In Development the sign-in says how to mint a token; elsewhere it does not (see ConsoleFlowTests).</summary>
public sealed class ConsoleInDevelopmentTests : ConsoleFixture
{
    protected override string EnvironmentName => "Development";

    [Test]
    public async Task InDevelopment_TheSignInSaysHowToGetAToken()
    {
        var console = await OpenConsoleAsync();

        await Expect(console.Page.Locator("#development-help code"))
            .ToHaveTextAsync("dotnet user-jwts create --project src/Api --scope resource:read --scope resource:write");
        await Expect(console.Page.Locator("#development-help")).ToBeVisibleAsync();
        await console.ScreenshotAsync("00-sign-in-development");
        console.AssertNothingWentWrong();
    }
}
