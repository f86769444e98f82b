using System.Diagnostics;

namespace ResourceService.Deployment.Tests;

/// <summary>The repository and the command-line tools the deployment is checked with.</summary>
internal static class Tools
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The test is ignored with the reason, or fails in CI, where every tool must have been installed.</summary>
    public static void Require(bool available, string missing)
    {
        if (available)
        {
            return;
        }

        if (IsCi)
        {
            Assert.Fail($"CI=true requires {missing}");
        }

        Assert.Ignore(missing);
    }

    public static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Any(folder => File.Exists(Path.Combine(folder, tool)));

    /// <summary>Runs a command in the repository to its end (killed after the timeout); the exit code and all it printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(
        string command, IEnumerable<string> arguments, TimeSpan timeout, IDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo(command)
        {
            WorkingDirectory = RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return (-1, $"{command} did not end within {timeout}\n{await output}\n{await errors}");
        }

        return (process.ExitCode, await output + await errors);
    }

    private static string FindRepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Solution.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Solution.sln not found above the test binaries");
    }
}
