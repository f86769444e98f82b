using static Microsoft.Playwright.Assertions;

namespace ResourceService.EndToEnd.Tests.Console;

/// <summary>The flows' "nothing went wrong" check can fail: it sees what the console's own page never does.</summary>
public sealed class ConsoleWatchTests : ConsoleFixture
{
    [Test]
    public async Task TheWatch_SeesAPolicyViolationAndAMissingFile()
    {
        var console = await OpenConsoleAsync();
        await Expect(console.TokenField).ToBeVisibleAsync();

        // Built with the DOM, not from markup, so that only the CSP stands in the way of the foreign stylesheet.
        await console.Page.EvaluateAsync("""
            () => {
              const foreign = document.createElement('link');
              foreign.rel = 'stylesheet';
              foreign.href = 'https://cdn.example/console.css';
              document.head.append(foreign);
              const missing = document.createElement('img');
              missing.src = '/missing-icon.png';
              document.body.append(missing);
            }
            """);

        Assert.That(() => console.Problems, Has.Some.Contains("CSP violation: style-src").And.Some.Contains("/missing-icon.png")
            .After(10).Seconds.PollEvery(100).MilliSeconds);
    }
}
