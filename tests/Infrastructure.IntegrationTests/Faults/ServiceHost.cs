using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using ResourceService.Infrastructure.Persistence;
using ResourceService.TestSupport;

namespace ResourceService.Infrastructure.IntegrationTests.Faults;

/// <summary>The service in process, on the given engine and database.</summary>
public sealed class ServiceHost(DatabaseProvider provider, string connectionString, int commandTimeoutSeconds = 10)
    : WebApplicationFactory<Program>
{
    public HttpClient CreateAuthorizedClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create());
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", provider.ToString());
        builder.UseSetting("Database:CommandTimeoutSeconds", commandTimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("ConnectionStrings:Default", connectionString);
        foreach (var (key, value) in TestTokens.BearerSettings)
        {
            builder.UseSetting(key, value);
        }
    }
}
