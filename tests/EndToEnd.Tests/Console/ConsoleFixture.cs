using System.Net.Http.Headers;
using System.Security.Claims;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;
using ResourceService.TestSupport;

namespace ResourceService.EndToEnd.Tests.Console;

/// <summary>
/// The service on a real Kestrel socket with a fresh SQLite database, serving its web console at /, and a real
/// headless Chromium. Each test opens tabs in a browser window of its own and works in a tenant of its own.
/// </summary>
public abstract class ConsoleFixture
{
    // Reported to the page's console, where ConsolePage counts it as a problem; Chromium's own report says less.
    private const string ReportPolicyViolations = """
        document.addEventListener('securitypolicyviolation', (event) => console.error(
          `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`));
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("resource-console-").FullName;
    private readonly List<IBrowserContext> _windows = [];
    private WebApplicationFactory<Program> _service = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    protected Uri ServiceAddress { get; private set; } = null!;

    protected string DatabaseFile => Path.Combine(_folder, "resources.db");

    protected virtual string EnvironmentName => "Production";

    /// <summary>Settings of the service beyond the fixture's own, as a deployment would set them.</summary>
    protected virtual IReadOnlyDictionary<string, string> ServiceSettings { get; } = new Dictionary<string, string>();

    [OneTimeSetUp]
    public async Task StartServiceAndBrowserAsync()
    {
        Chromium.RequireExecutable();
        _service = new WebApplicationFactory<Program>().WithWebHostBuilder(ConfigureService);
        _service.UseKestrel(0);
        _service.StartServer();
        ServiceAddress = _service.ClientOptions.BaseAddress;

        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
    }

    [TearDown]
    public async Task CloseWindowsAsync()
    {
        foreach (var window in _windows)
        {
            await window.DisposeAsync();
        }

        _windows.Clear();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_service is not null)
        {
            await _service.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>A new browser window (its own session storage) with the console open in one tab.</summary>
    protected async Task<ConsolePage> OpenConsoleAsync(int width = 1280, int height = 860)
    {
        var window = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = ServiceAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-GB",
            TimezoneId = "UTC",
        });
        await window.AddInitScriptAsync(ReportPolicyViolations);
        _windows.Add(window);
        return await ConsolePage.OpenAsync(window);
    }

    /// <summary>Another tab in the same window as <paramref name="first"/>.</summary>
    protected static Task<ConsolePage> OpenSecondTabAsync(ConsolePage first) => ConsolePage.OpenAsync(first.Page.Context);

    /// <summary>A tenant no other test uses, so each test sees only its own resources.</summary>
    protected static string NewTenant() => $"console-{Guid.NewGuid():N}";

    protected static string TokenFor(string tenant, string scope = TestTokens.ReadWrite, DateTime? expires = null, DateTime? notBefore = null) =>
        TestTokens.Create(scope, subject: $"operator-{tenant}", expires: expires, notBefore: notBefore, extraClaims: [new Claim("tenant", tenant)]);

    /// <summary>A client of the API itself, to arrange data or read what the service answers.</summary>
    protected HttpClient ApiClient(string token)
    {
        var client = new HttpClient { BaseAddress = ServiceAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private void ConfigureService(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Default", $"Data Source={DatabaseFile}");
        foreach (var (key, value) in TestTokens.BearerSettings.Concat(ServiceSettings))
        {
            builder.UseSetting(key, value);
        }
    }
}
