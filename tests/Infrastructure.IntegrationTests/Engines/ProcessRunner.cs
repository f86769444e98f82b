using System.Diagnostics;

namespace ResourceService.Infrastructure.IntegrationTests.Engines;

/// <summary>The command line, exit code and combined stdout and stderr of a finished process.</summary>
internal sealed record ProcessResult(string CommandLine, int ExitCode, string Output)
{
    public ProcessResult EnsureSuccess() => ExitCode == 0
        ? this
        : throw new InvalidOperationException($"`{CommandLine}` exited with {ExitCode}:{Environment.NewLine}{Output}");
}

/// <summary>Runs a program without a shell: arguments passed one by one, output captured.</summary>
internal static class ProcessRunner
{
    public static async Task<ProcessResult> RunAsync(
        string program, IReadOnlyList<string> arguments, string workingDirectory, CancellationToken ct = default)
    {
        var startInfo = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        var commandLine = string.Join(' ', arguments.Prepend(program).Select(a => a.Contains(' ', StringComparison.Ordinal) ? $"'{a}'" : a));
        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"Could not start `{commandLine}`");
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        try
        {
            await process.WaitForExitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var output = $"{(await stdout).TrimEnd()}{Environment.NewLine}{(await stderr).TrimEnd()}".Trim();
        return new ProcessResult(commandLine, process.ExitCode, output);
    }
}
