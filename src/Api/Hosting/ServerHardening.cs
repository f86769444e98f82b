using System.Text;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Net.Http.Headers;

namespace ResourceService.Api.Hosting;

/// <summary>Kestrel's limits, chosen on purpose rather than inherited, and no Server header.</summary>
internal static class ServerHardening
{
    public static WebApplicationBuilder HardenServer(this WebApplicationBuilder builder)
    {
        var limits = builder.Configuration.GetSection(ServerLimits.Section).Get<ServerLimits>() ?? new ServerLimits();
        builder.Services.AddOptions<ServerLimits>().Bind(builder.Configuration.GetSection(ServerLimits.Section));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            Apply(kestrel.Limits, limits);
        });
        return builder;
    }

    /// <summary>A body whose declared length is over the limit is refused before it is read, on any server.</summary>
    public static Func<HttpContext, Func<Task>, Task> RejectOversizedBodies(ServerLimits limits) => (context, next) =>
        context.Request.ContentLength > limits.MaxRequestBodyBytes
            ? throw new Microsoft.AspNetCore.Http.BadHttpRequestException(
                $"The request body is larger than {limits.MaxRequestBodyBytes} bytes.", StatusCodes.Status413PayloadTooLarge)
            : next();

    /// <summary>
    /// A body in a character set the server cannot decode is refused as unsupported (415), before the JSON reader
    /// would fail on it as if it were the server's fault.
    /// </summary>
    public static Task RejectUnknownCharsets(HttpContext context, Func<Task> next)
    {
        if (MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var mediaType) &&
            mediaType.Charset.HasValue && !IsKnownEncoding(mediaType.Charset.Value!))
        {
            throw new Microsoft.AspNetCore.Http.BadHttpRequestException(
                $"The charset '{mediaType.Charset}' is not supported; send UTF-8.", StatusCodes.Status415UnsupportedMediaType);
        }

        return next();
    }

    // JSON is Unicode (RFC 8259): UTF-8, which ASCII is part of, and the UTF-16 and UTF-32 the reader transcodes.
    private static readonly HashSet<int> JsonCodePages = [65001, 20127, 1200, 1201, 12000, 12001];

    private static bool IsKnownEncoding(string charset)
    {
        try
        {
            return JsonCodePages.Contains(Encoding.GetEncoding(charset.Trim('"')).CodePage);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException)
        {
            // Unknown names throw ArgumentException; UTF-7, disabled since .NET 5, NotSupportedException.
            return false;
        }
    }

    private static void Apply(KestrelServerLimits server, ServerLimits limits)
    {
        server.MaxRequestBodySize = limits.MaxRequestBodyBytes;
        // A JSON API needs few, short headers: a bearer token and a handful of standard ones.
        server.MaxRequestHeadersTotalSize = 32 * 1024;
        server.MaxRequestHeaderCount = 64;
        server.MaxRequestLineSize = 8 * 1024;
        // Slow clients must not hold connections: headers within 10 s, bodies at 240 B/s after a 5 s grace.
        server.RequestHeadersTimeout = TimeSpan.FromSeconds(10);
        server.MinRequestBodyDataRate = new MinDataRate(bytesPerSecond: 240, gracePeriod: TimeSpan.FromSeconds(5));
        server.KeepAliveTimeout = TimeSpan.FromSeconds(60);
    }
}
