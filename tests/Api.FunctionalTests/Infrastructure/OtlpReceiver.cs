using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace ResourceService.Api.FunctionalTests.Infrastructure;

/// <summary>
/// A real OTLP trace receiver on a loopback port, as a collector would be: OTLP/HTTP protobuf at <c>/v1/traces</c>
/// (HTTP/1.1), or OTLP/gRPC's <c>TraceService/Export</c> (HTTP/2 without TLS). It decodes every span it is sent.
/// It also answers the OpenID Connect discovery address with 404, so the service's outgoing call to it can be traced.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    public const string HttpProtobuf = "http/protobuf";
    public const string Grpc = "grpc";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedSpan> _spans = new();

    private OtlpReceiver(WebApplication app) => _app = app;

    public Uri Address => new(_app.Urls.Single());

    public IReadOnlyCollection<ReceivedSpan> Spans => _spans.ToArray();

    public static async Task<OtlpReceiver> StartAsync(string protocol)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
            listen.Protocols = protocol == Grpc ? HttpProtocols.Http2 : HttpProtocols.Http1));
        var app = builder.Build();
        var receiver = new OtlpReceiver(app);
        app.MapPost("/v1/traces", receiver.ReceiveHttpAsync);
        app.MapPost("/opentelemetry.proto.collector.trace.v1.TraceService/Export", receiver.ReceiveGrpcAsync);
        app.MapGet("/.well-known/openid-configuration", () => Results.NotFound());
        await app.StartAsync();
        return receiver;
    }

    /// <summary>Waits until a span matching <paramref name="match"/> has arrived, or the time is up.</summary>
    public async Task<IReadOnlyCollection<ReceivedSpan>> WaitForAsync(Func<IReadOnlyCollection<ReceivedSpan>, bool> match, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!match(Spans) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        return Spans;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task ReceiveHttpAsync(HttpContext context)
    {
        Record(await ReadBodyAsync(context));
        context.Response.ContentType = "application/x-protobuf";
    }

    // gRPC frames each message with a compression flag (1 byte) and a big-endian length (4 bytes).
    private async Task ReceiveGrpcAsync(HttpContext context)
    {
        var frame = await ReadBodyAsync(context);
        Record(frame[5..]);
        context.Response.ContentType = "application/grpc";
        await context.Response.Body.WriteAsync(new byte[5]);
        context.Response.AppendTrailer("grpc-status", "0");
    }

    private void Record(byte[] request)
    {
        foreach (var span in OtlpSpans.Decode(request))
        {
            _spans.Enqueue(span);
        }
    }

    private static async Task<byte[]> ReadBodyAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        return body.ToArray();
    }
}
