using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace ResourceService.Api.Hosting;

/// <summary>
/// HTTPS and proxies. TLS may end at a reverse proxy: X-Forwarded-For/-Proto are trusted only from the
/// addresses in <c>ForwardedHeaders:KnownProxies</c> (loopback by default). Where HTTPS is configured
/// (<c>https_port</c>, <c>HTTPS_PORTS</c> or an https URL), Production redirects to it and sends HSTS.
/// </summary>
internal static class Transport
{
    public static IServiceCollection AddTransport(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
        services.AddHsts(hsts =>
        {
            hsts.MaxAge = TimeSpan.FromDays(365);
            hsts.IncludeSubDomains = true;
        });
        return services;
    }

    public static WebApplication UseTransport(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment() && HttpsIsConfigured(app.Configuration))
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        return app;
    }

    private static bool HttpsIsConfigured(IConfiguration configuration) =>
        !string.IsNullOrEmpty(configuration["https_port"]) ||
        !string.IsNullOrEmpty(configuration["HTTPS_PORTS"]) ||
        (configuration["urls"] ?? "").Contains("https://", StringComparison.OrdinalIgnoreCase);
}
