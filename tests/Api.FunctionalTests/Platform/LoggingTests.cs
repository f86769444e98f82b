using System.Text.Json.Nodes;
using NLog;
using NLog.Config;
using NLog.Targets;
using NLog.Targets.Wrappers;
using ResourceService.Api.FunctionalTests.Infrastructure;

namespace ResourceService.Api.FunctionalTests.Platform;

/// <summary>Key events are logged once each, as structured JSON lines in the service's own layout, with the trace id.</summary>
[NonParallelizable]
public sealed class LoggingTests : ApiFixture
{
    private MemoryTarget _capture = null!;
    private LoggingRule _rule = null!;

    [SetUp]
    public void CaptureInTheConsoleLayout()
    {
        Factory.CreateClient().Dispose();
        var wrapper = LogManager.Configuration!.FindTargetByName<AsyncTargetWrapper>("console")
            ?? throw new InvalidOperationException("nlog.config has no async console target");
        var console = (ConsoleTarget)wrapper.WrappedTarget!;
        _capture = new MemoryTarget("layout-capture") { Layout = console.Layout };
        _rule = new LoggingRule("ResourceService.*", NLog.LogLevel.Info, _capture);
        LogManager.Configuration.LoggingRules.Insert(0, _rule);
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
    public async Task KeyEvents_AreLoggedOnceEachWithTheResourceIdAndTheCaller()
    {
        using var client = Factory.Authorized(subject: "logging-subject");
        var created = await client.CreateAsync(UniqueName("logged"));
        var id = created["id"]!.GetValue<int>();
        using var updated = await client.PutAsync($"{ApiClient.Route}/{id}", ApiClient.Json("{\"name\": \"renamed\"}"));
        using var deleted = await client.DeleteAsync($"{ApiClient.Route}/{id}");

        var events = Lines().Where(line => line["ResourceId"]?.GetValue<int>() == id).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(events.Select(line => line["eventId"]!.GetValue<string>()), Is.EqualTo(new[] { "1001", "1002", "1003" }));
            Assert.That(events.Select(line => line["Subject"]!.GetValue<string>()), Is.All.EqualTo("logging-subject"));
            Assert.That(events.Select(line => line["level"]!.GetValue<string>()), Is.All.EqualTo("INFO"));
        }
    }

    [Test]
    public async Task ALoggedEvent_CarriesTheTraceIdTheCallerSeesInTheProblem()
    {
        using var response = await Client.PostNameAsync(" ");
        var traceId = (await response.ReadJsonAsync())["traceId"]!.GetValue<string>();

        var rejected = Lines().Where(line => line["eventId"]?.GetValue<string>() == "1004").ToList();

        Assert.That(rejected.Select(line => line["traceId"]?.GetValue<string>()), Does.Contain(traceId));
    }

    [Test]
    public void TheCachesOwnNarration_StaysOutOfTheLogButItsWarningsDoNot()
    {
        var cache = LogManager.GetLogger("ZiggyCreatures.Caching.Fusion.FusionCache");

        Assert.That((cache.IsInfoEnabled, cache.IsWarnEnabled), Is.EqualTo((false, true)));
    }

    private List<JsonNode> Lines()
    {
        LogManager.Flush();
        return _capture.Logs.Select(line => JsonNode.Parse(line)!).ToList();
    }
}
