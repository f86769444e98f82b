using System.Net.Http.Headers;
using NLog;
using NLog.Config;
using NLog.Targets;
using ResourceService.Api.FunctionalTests.Infrastructure;
using ResourceService.TestSupport;

namespace ResourceService.Api.FunctionalTests.Security;

/// <summary>Data protection: tokens, Authorization headers, keys and connection strings never reach the logs.</summary>
[NonParallelizable]
public sealed class LogPrivacyTests : ApiFixture
{
    private MemoryTarget _capture = null!;
    private LoggingRule _rule = null!;

    [SetUp]
    public void CaptureEveryLogEvent()
    {
        _capture = new MemoryTarget("privacy-capture")
        {
            Layout = "${logger}|${message}|${all-event-properties}|${exception:format=tostring}",
        };
        _rule = new LoggingRule("*", NLog.LogLevel.Trace, _capture);
        LogManager.Configuration!.LoggingRules.Insert(0, _rule);
        LogManager.ReconfigExistingLoggers();
    }

    [TearDown]
    public void StopCapturing()
    {
        LogManager.Configuration!.LoggingRules.Remove(_rule);
        LogManager.ReconfigExistingLoggers();
        _capture.Dispose();
    }

    [Test]
    public async Task Requests_WithValidAndInvalidTokens_LeaveNoSecretInTheLogs()
    {
        var valid = TestTokens.Create(subject: "privacy-subject");
        var forged = TestTokens.Create(key: System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        foreach (var token in new[] { valid, forged, "garbage.token.value" })
        {
            using var client = Factory.CreateClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var created = await client.PostNameAsync("privacy check");
            using var listed = await client.GetAsync(ApiClient.Route);
            using var invalid = await client.PostAsync(ApiClient.Route, ApiClient.Json("{\"name\": 7}"));
        }

        LogManager.Flush();
        var logs = string.Join('\n', _capture.Logs);
        var secrets = new[]
        {
            valid, forged, "garbage.token.value", valid.Split('.')[2], forged.Split('.')[2],
            TestTokens.BearerSettings["Authentication:Schemes:Bearer:SigningKeys:0:Value"],
            $"Data Source={Factory.DatabaseFile}",
        };
        using (Assert.EnterMultipleScope())
        {
            Assert.That(logs, Does.Contain("Resource").And.Contain("created by privacy-subject"), "the capture saw the service's own key events");
            foreach (var secret in secrets)
            {
                Assert.That(logs, Does.Not.Contain(secret));
            }

            Assert.That(logs, Does.Not.Contain("Bearer ey").IgnoreCase);
            Assert.That(logs, Does.Not.Contain("Authorization:").IgnoreCase);
        }
    }
}
