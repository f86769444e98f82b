using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using static Microsoft.Playwright.Assertions;

namespace ResourceService.EndToEnd.Tests.Console;

/// <summary>
/// A service that says "not now": over the client's request budget (429) and with its database busy past the
/// command timeout (503). The console says so in plain words, with the wait the service asked for.
/// </summary>
public sealed partial class ConsoleUnderPressureTests : ConsoleFixture
{
    protected override IReadOnlyDictionary<string, string> ServiceSettings { get; } = new Dictionary<string, string>
    {
        ["RateLimiting:PermitLimit"] = "3",
        ["RateLimiting:WindowSeconds"] = "60",
        ["Database:CommandTimeoutSeconds"] = "1",
    };

    [Test]
    public async Task OverTheRequestBudget_TheOperatorIsToldHowLongToWait()
    {
        var console = await OpenConsoleAsync();
        await console.SignInAsync(TokenFor(NewTenant())); // request 1: the list
        await console.CreateAsync("Within the budget"); // requests 2 and 3: the create and the list after it
        await Expect(console.RowNamed("Within the budget")).ToBeVisibleAsync();

        await console.CreateAsync("Over the budget");

        await Expect(console.Problem).ToHaveTextAsync(TooManyRequests());
        await console.ScreenshotAsync("11-too-many-requests");
        console.AssertNothingWentWrong();
    }

    [Test]
    public async Task WithTheDatabaseBusy_TheOperatorIsToldTheServiceIsTemporarilyUnavailable()
    {
        var console = await OpenConsoleAsync();
        await console.SignInAsync(TokenFor(NewTenant()));

        // Another writer holds SQLite's write lock, so the create waits out the one-second command timeout.
        await using var blocker = new SqliteConnection($"Data Source={DatabaseFile}");
        await blocker.OpenAsync();
        await using (var begin = blocker.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE";
            await begin.ExecuteNonQueryAsync();
        }

        await console.CreateAsync("Waits for the lock");

        await Expect(console.Problem).ToHaveTextAsync(Unavailable(), new() { Timeout = 15_000 });
        console.AssertNothingWentWrong();
    }

    [GeneratedRegex(@"^You have sent too many requests in a short time\. Wait [0-9]+ seconds? and try again\.$")]
    private static partial Regex TooManyRequests();

    [GeneratedRegex(@"^The service is temporarily unavailable \(its database may be unreachable\)\. Try again in [0-9]+ seconds?\.$")]
    private static partial Regex Unavailable();
}
