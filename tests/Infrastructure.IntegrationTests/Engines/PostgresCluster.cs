using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Npgsql;

namespace ResourceService.Infrastructure.IntegrationTests.Engines;

/// <summary>
/// A throwaway PostgreSQL cluster in a temporary folder, started from local binaries on a free
/// loopback port. fsync stays on, so crash-durability tests mean what they say.
/// </summary>
public sealed partial class PostgresCluster : IAsyncDisposable
{
    private const string SuperUser = "postgres";
    private const int LogTailLines = 30;
    // A neutral working directory: the postgres user may not be allowed into the test's own.
    private const string WorkingDirectory = "/";
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(15);

    private readonly string _binFolder;
    private readonly bool _runAsPostgres;
    private bool _disposed;

    private PostgresCluster(string binFolder, string dataFolder, int port, bool runAsPostgres)
    {
        _binFolder = binFolder;
        _runAsPostgres = runAsPostgres;
        DataFolder = dataFolder;
        Port = port;
    }

    public string DataFolder { get; }

    public int Port { get; }

    public string ConnectionString => ConnectionStringFor("postgres");

    private string LogFile => Path.Combine(DataFolder, "server.log");

    /// <summary>The folder holding initdb and pg_ctl: from PATH first, then the usual install places; null if none.</summary>
    public static string? FindBinaries() => PostgresBinaries.Find();

    public static async Task<PostgresCluster> StartAsync(string binFolder, CancellationToken ct = default)
    {
        var dataFolder = Directory.CreateTempSubdirectory("pgcluster-").FullName;
        var runAsPostgres = await IsRootAsync(ct);
        var cluster = new PostgresCluster(binFolder, dataFolder, FreeLoopbackPort(), runAsPostgres);
        try
        {
            if (runAsPostgres)
            {
                // initdb refuses to run as root, so the data folder must belong to the postgres user.
                (await ProcessRunner.RunAsync("chown", [SuperUser, dataFolder], WorkingDirectory, ct)).EnsureSuccess();
            }

            await cluster.InitAsync(ct);
            await cluster.StartServerAsync(ct);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    public string ConnectionStringFor(string database) =>
        $"Host=127.0.0.1;Port={Port};Username={SuperUser};Database={Validated(database)};Pooling=true;Timeout=5;Command Timeout=10";

    public async Task CreateDatabaseAsync(string database)
    {
        var name = Validated(database);
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task StopAsync()
    {
        (await PgCtlAsync(["stop", "-m", "fast", "-w"], CancellationToken.None)).EnsureSuccess();
        NpgsqlConnection.ClearAllPools();
    }

    public Task StartAgainAsync() => StartServerAsync(CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, true) || !Directory.Exists(DataFolder))
        {
            return;
        }

        var stop = File.Exists(Path.Combine(DataFolder, "postmaster.pid"))
            ? await PgCtlAsync(["stop", "-m", "immediate", "-w"], CancellationToken.None)
            : null;
        NpgsqlConnection.ClearAllPools();
        if (stop is { ExitCode: not 0 } && !stop.Output.Contains("Is server running?", StringComparison.Ordinal))
        {
            // Deleting the folder anyway makes a stray server shut itself down once it misses its lock file.
            await TestContext.Progress.WriteLineAsync($"PostgreSQL in {DataFolder} did not stop: {stop.Output}");
        }

        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            await TestContext.Progress.WriteLineAsync($"Could not delete PostgreSQL data folder {DataFolder}: {error.Message}");
        }
    }

    private async Task InitAsync(CancellationToken ct)
    {
        string[] arguments = ["-D", DataFolder, "-U", SuperUser, "--auth=trust", "--encoding=UTF8", "--no-sync"];
        var utf8 = await RunToolAsync("initdb", [.. arguments, "--locale=C.UTF-8"], ct);
        if (utf8.ExitCode == 0)
        {
            return;
        }

        // A failed initdb empties the folder it was given, so the second attempt starts clean.
        var plain = await RunToolAsync("initdb", [.. arguments, "--locale=C"], ct);
        if (plain.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"initdb failed with --locale=C.UTF-8:{Environment.NewLine}{utf8.Output}{Environment.NewLine}" +
                $"and with --locale=C:{Environment.NewLine}{plain.Output}");
        }
    }

    private async Task StartServerAsync(CancellationToken ct)
    {
        // pg_ctl hands -o to a shell, hence the quotes around the socket folder.
        var options = $"-p {Port} -k \"{DataFolder}\" -c listen_addresses=127.0.0.1 " +
            "-c max_connections=300 -c synchronous_commit=on";
        var start = await PgCtlAsync(["start", "-l", LogFile, "-w", "-t", "30", "-o", options], ct);
        if (start.ExitCode != 0)
        {
            throw Failure($"`{start.CommandLine}` exited with {start.ExitCode}:{Environment.NewLine}{start.Output}");
        }

        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(ConnectionString);
                await connection.OpenAsync(ct);
                return;
            }
            catch (NpgsqlException) when (waited.Elapsed < ReadyTimeout)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), ct);
            }
            catch (NpgsqlException error)
            {
                throw Failure($"PostgreSQL on port {Port} accepted no connection within {ReadyTimeout.TotalSeconds} s", error);
            }
        }
    }

    private Task<ProcessResult> PgCtlAsync(string[] arguments, CancellationToken ct) =>
        RunToolAsync("pg_ctl", ["-D", DataFolder, .. arguments], ct);

    private Task<ProcessResult> RunToolAsync(string tool, string[] arguments, CancellationToken ct)
    {
        var program = Path.Combine(_binFolder, tool);
        return _runAsPostgres
            ? ProcessRunner.RunAsync("runuser", ["-u", SuperUser, "--", program, .. arguments], WorkingDirectory, ct)
            : ProcessRunner.RunAsync(program, arguments, WorkingDirectory, ct);
    }

    private InvalidOperationException Failure(string message, Exception? inner = null)
    {
        string tail;
        try
        {
            tail = File.Exists(LogFile) ? string.Join(Environment.NewLine, File.ReadLines(LogFile).TakeLast(LogTailLines)) : "(no log written)";
        }
        catch (IOException error)
        {
            tail = $"(unreadable: {error.Message})";
        }

        return new InvalidOperationException($"{message}{Environment.NewLine}--- last lines of {LogFile} ---{Environment.NewLine}{tail}", inner);
    }

    private static async Task<bool> IsRootAsync(CancellationToken ct) =>
        Environment.UserName == "root"
        || (!OperatingSystem.IsWindows()
            && (await ProcessRunner.RunAsync("id", ["-u"], WorkingDirectory, ct)).EnsureSuccess().Output == "0");

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static string Validated(string database) => SafeIdentifier().IsMatch(database)
        ? database
        : throw new ArgumentException($"'{database}' is not an identifier of 1-63 characters [a-z0-9_].", nameof(database));

    [GeneratedRegex(@"\A[a-z0-9_]{1,63}\z")]
    private static partial Regex SafeIdentifier();
}
