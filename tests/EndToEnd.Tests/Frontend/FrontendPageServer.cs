using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ResourceService.EndToEnd.Tests.Frontend;

/// <summary>
/// Serves an empty frontend page on a loopback port of its own, so that the page has a real origin of its own:
/// the browser treats its calls to the service as cross-origin and applies CORS to them.
/// </summary>
public sealed class FrontendPageServer : IDisposable
{
    private static readonly byte[] Page = Encoding.UTF8.GetBytes("<!doctype html><title>frontend</title><p>frontend</p>");

    private readonly HttpListener _listener = new();
    private readonly Task _serving;

    public FrontendPageServer()
    {
        Origin = $"http://127.0.0.1:{FreePort()}";
        _listener.Prefixes.Add($"{Origin}/");
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public string Origin { get; }

    public void Dispose()
    {
        _listener.Close();
        _serving.Wait(TimeSpan.FromSeconds(5));
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException)
            {
                return; // stopped
            }

            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.OutputStream.WriteAsync(Page);
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
