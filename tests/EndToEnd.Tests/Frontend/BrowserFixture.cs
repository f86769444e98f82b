using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;
using ResourceService.TestSupport;

namespace ResourceService.EndToEnd.Tests.Frontend;

/// <summary>
/// The service on a real Kestrel socket, and a real headless Chromium whose page lives on another origin —
/// the situation of a web frontend, with the browser's own CORS checks.
/// </summary>
public abstract class BrowserFixture
{
    private readonly string _folder = Directory.CreateTempSubdirectory("resource-e2e-").FullName;
    private readonly FrontendPageServer _frontend = new();
    private readonly FrontendPageServer _otherSite = new();
    private WebApplicationFactory<Program> _service = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    protected Uri ServiceAddress { get; private set; } = null!;

    /// <summary>The origin the service allows: the frontend's.</summary>
    protected string FrontendOrigin => _frontend.Origin;

    /// <summary>An origin the service does not allow.</summary>
    protected string OtherOrigin => _otherSite.Origin;

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

        _frontend.Dispose();
        _otherSite.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    protected async Task<IPage> OpenPageAsync(string origin)
    {
        var page = await _browser.NewPageAsync();
        await page.GotoAsync($"{origin}/index.html");
        return page;
    }

    private void ConfigureService(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Default", $"Data Source={Path.Combine(_folder, "resources.db")}");
        builder.UseSetting("Cors:AllowedOrigins:0", FrontendOrigin);
        foreach (var (key, value) in TestTokens.BearerSettings)
        {
            builder.UseSetting(key, value);
        }
    }
}
