using System.Text.RegularExpressions;

namespace ResourceService.Deployment.Tests;

/// <summary>
/// The Dockerfile, built unchanged on base images made on this machine, run as an operator runs it
/// (deploy/ci/image-test.sh does the docker work once; each test here is one of its checks).
/// </summary>
[NonParallelizable]
public sealed partial class ImageTests
{
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromMinutes(20);
    private Dictionary<string, string>? _checks;
    private string _output = "";

    [OneTimeSetUp]
    public async Task BuildAndRunTheImage()
    {
        await DockerEngine.RequireAsync();
        Tools.Require(Tools.OnPath("curl") && Tools.OnPath("openssl"), "curl and openssl");
        Tools.Require(
            Tools.OnPath("debootstrap") || Environment.GetEnvironmentVariable("IMAGE_TEST_SDK_IMAGE") is { Length: > 0 },
            "no debootstrap to make the base images (or set IMAGE_TEST_SDK_IMAGE and IMAGE_TEST_RUNTIME_IMAGE, e.g. to Microsoft's)");

        var (_, output) = await Tools.RunAsync("bash", ["deploy/ci/image-test.sh"], ScriptTimeout, DockerEngine.Environment);
        _output = output;
        _checks = CheckLine().Matches(output).ToDictionary(match => match.Groups["name"].Value, match => match.Groups["result"].Value);
        TestContext.Progress.WriteLine(output);
    }

    [TestCase("build", TestName = "Dockerfile_BuildsOnBaseImagesGivenAsArguments")]
    [TestCase("no-secret-in-image", TestName = "Image_SetsNoSecret")]
    [TestCase("ready", TestName = "Container_OnAReadOnlyRootWithTheDataOnAVolume_AnswersReady")]
    [TestCase("non-root-user", TestName = "Container_RunsTheServiceAsANonRootUser")]
    [TestCase("healthcheck", TestName = "Container_HealthcheckReportsHealthy")]
    [TestCase("token-required", TestName = "Container_WithoutAToken_Answers401")]
    [TestCase("create-and-read", TestName = "Container_WithATokenTrustedThroughTheEnvironment_CreatesAndReads")]
    [TestCase("sigterm-exits-0", TestName = "Container_OnDockerStop_ExitsZeroWithinTheTimeout")]
    [TestCase("data-survives-new-container", TestName = "Volume_KeepsTheDataForTheNextContainer")]
    public void Check_Passes(string check)
    {
        Assert.That(_checks, Is.Not.Null, "the image was not tested");
        Assert.That(_checks!.TryGetValue(check, out var result), Is.True, $"image-test.sh stopped before the check '{check}':\n{Tail(_output)}");
        Assert.That(result, Is.EqualTo("ok"), $"{check} {result}");
    }

    private static string Tail(string output) => string.Join('\n', output.Split('\n').TakeLast(30));

    [GeneratedRegex(@"^check (?<name>[a-z0-9-]+) (?<result>ok|failed: .*)$", RegexOptions.Multiline)]
    private static partial Regex CheckLine();
}
