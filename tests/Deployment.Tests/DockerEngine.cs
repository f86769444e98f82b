namespace ResourceService.Deployment.Tests;

/// <summary>
/// The Docker engine the image is built and run on: the one <c>RESOURCE_DOCKER_HOST</c> names (CI starts its
/// own on a socket of its own, so that no other test suite sees a Docker engine without images), else docker's
/// default.
/// </summary>
internal static class DockerEngine
{
    public const string Variable = "RESOURCE_DOCKER_HOST";

    private static readonly Lazy<Task<string?>> Missing = new(FindMissingAsync);

    public static Dictionary<string, string?> Environment { get; } =
        System.Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } host ? new() { ["DOCKER_HOST"] = host } : [];

    /// <summary>Ignores the test (fails it in CI) when no Docker engine answers.</summary>
    public static async Task RequireAsync()
    {
        var missing = await Missing.Value;
        Tools.Require(missing is null, missing ?? "");
    }

    private static async Task<string?> FindMissingAsync()
    {
        if (!Tools.OnPath("docker"))
        {
            return "no docker command (Debian package docker.io)";
        }

        var (exitCode, output) = await Tools.RunAsync("docker", ["version", "--format", "{{.Server.Version}}"], TimeSpan.FromSeconds(20), Environment);
        return exitCode == 0 ? null : $"no Docker engine answers (${Variable} or docker's default): {output.Trim()}";
    }
}
