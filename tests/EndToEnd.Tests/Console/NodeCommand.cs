using System.Diagnostics;

namespace ResourceService.EndToEnd.Tests.Console;

/// <summary>Runs Node.js tools (npm, node) in a folder; without Node.js the test is ignored, or fails when CI=true.</summary>
internal static class NodeCommand
{
    // The first npm ci downloads the packages.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public static void Require(string program)
    {
        if (FindOnPath(program) is not null)
        {
            return;
        }

        var reason = $"`{program}` (Node.js) is not on PATH, so the console cannot be type-checked against the contract.";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail($"CI=true requires it: {reason}");
        }

        Assert.Ignore(reason);
    }

    public static async Task<CommandResult> RunAsync(string folder, string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(FindOnPath(program)!)
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["npm_config_update_notifier"] = "false";
        var command = $"{program} {string.Join(' ', arguments)}";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start `{command}`.");
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(Timeout);
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"`{command}` did not finish within {Timeout.TotalMinutes} minutes.");
        }

        return new CommandResult(command, process.ExitCode, await output, await errors);
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, OperatingSystem.IsWindows() ? $"{program}.cmd" : program))
            .FirstOrDefault(File.Exists);
}

internal sealed record CommandResult(string Command, int ExitCode, string Output, string Errors)
{
    public override string ToString() => $"`{Command}` exited with {ExitCode}:{Environment.NewLine}{Output}{Environment.NewLine}{Errors}";
}
