using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ResourceService.Api.FunctionalTests.Infrastructure;

/// <summary>The in-process server has no socket; this gives its requests the peer address a real one would.</summary>
public static class RemoteAddress
{
    public static WebApplicationFactory<Program> ConnectingFrom(this WebApplicationFactory<Program> factory, string address) =>
        factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(
            services => services.AddTransient<IStartupFilter>(_ => new PeerAddress(IPAddress.Parse(address)))));

    private sealed class PeerAddress(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                context.Connection.RemoteIpAddress = address;
                return following(context);
            });
            next(app);
        };
    }
}
