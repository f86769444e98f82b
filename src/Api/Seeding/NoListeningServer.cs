using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;

namespace ResourceService.Api.Seeding;

/// <summary>
/// Stands in for Kestrel during a seed run: the host starts exactly as the service's does (so its hosted services,
/// the database migrations first, run with the same settings), but nothing listens and no request is served.
/// </summary>
internal sealed class NoListeningServer : IServer
{
    public IFeatureCollection Features { get; } = new FeatureCollection();

    public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
        where TContext : notnull => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
    }
}
