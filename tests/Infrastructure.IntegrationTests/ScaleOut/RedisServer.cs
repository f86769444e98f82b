using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using ResourceService.Infrastructure.IntegrationTests.Engines;

namespace ResourceService.Infrastructure.IntegrationTests.ScaleOut;

/// <summary>
/// Debian's <c>redis-server</c> on a free loopback port, without persistence, as a process the test owns: it can be
/// killed outright, started again on the same port (empty, as a restarted cache server is), or frozen with SIGSTOP.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(10);

    private readonly string _program;
    private Process? _process;

    private RedisServer(string program, int port)
    {
        _program = program;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString => string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{Port}");

    /// <summary>The server, or the test is ignored (failed, with <c>CI=true</c>) when redis-server is not installed.</summary>
    public static async Task<RedisServer> RequireAsync()
    {
        var program = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/bin")
            .Select(folder => Path.Combine(folder, "redis-server"))
            .FirstOrDefault(File.Exists);
        if (program is null)
        {
            const string Reason = "no redis-server on PATH (Debian package redis-server)";
            if (EngineRegistry.IsCi)
            {
                Assert.Fail($"CI=true requires Redis: {Reason}");
            }

            Assert.Ignore(Reason);
        }

        var server = new RedisServer(program!, FreePort());
        await server.StartAsync();
        return server;
    }

    public async Task StartAsync()
    {
        var start = new ProcessStartInfo(_program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        foreach (var argument in new[] { "--port", Port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start");
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var waited = Stopwatch.StartNew();
        while (!await AcceptsAsync())
        {
            if (_process.HasExited || waited.Elapsed > ReadyTimeout)
            {
                throw new InvalidOperationException($"redis-server on port {Port} did not accept connections within {ReadyTimeout}");
            }

            await Task.Delay(50);
        }
    }

    public async Task EnsureRunningAsync()
    {
        if (_process is null or { HasExited: true })
        {
            await StartAsync();
        }
    }

    /// <summary>SIGKILL: the server and everything it held are gone at once.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
    }

    /// <summary>SIGSTOP or SIGCONT: connections stay open, and nothing answers until it is resumed.</summary>
    public async Task SignalAsync(string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", _process!.Id.ToString(CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await SignalAsync("CONT");
            await KillAsync();
            _process.Dispose();
        }
    }

    private async Task<bool> AcceptsAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            await using var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(1));
            return read > 0 && buffer[0] == (byte)'+';
        }
        catch (Exception error) when (error is SocketException or IOException or TimeoutException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
