using System.Diagnostics;
using ResourceService.Infrastructure.IntegrationTests.Engines;

namespace ResourceService.Infrastructure.IntegrationTests.Seeding;

/// <summary>Runs the built service's <c>seed</c> command as its own process, as an operator would.</summary>
internal static class SeedProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static async Task<ProcessResult> RunAsync(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ResourceService.Api.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["RESOURCE_LOG_LEVEL"] = "Warn";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("The seed process did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"seed did not finish within {Timeout}");
        }

        return new ProcessResult(string.Join(' ', arguments.Prepend("ResourceService.Api.dll")), process.ExitCode,
            $"{(await stdout).TrimEnd()}\n--- stderr ---\n{(await stderr).TrimEnd()}");
    }
}
