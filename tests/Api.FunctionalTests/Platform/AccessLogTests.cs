using System.Net;
using System.Text.Json.Nodes;
using NLog;
using NLog.Config;
using NLog.Targets;
using NLog.Targets.Wrappers;
using ResourceService.Api.FunctionalTests.Infrastructure;
using ResourceService.TestSupport;

namespace ResourceService.Api.FunctionalTests.Platform;

/// <summary>
/// One INFO line per request in the service's JSON layout: method, route template, status, duration and trace id —
/// never the query string, an id from the path, a token or the body.
/// </summary>
[NonParallelizable]
public sealed class AccessLogTests : ApiFixture
{
    private const string AccessEvent = "1";

    private MemoryTarget _capture = null!;
    private LoggingRule _rule = null!;

    [SetUp]
    public void CaptureInTheConsoleLayout()
    {
        Factory.CreateClient().Dispose();
        var wrapper = LogManager.Configuration!.FindTargetByName<AsyncTargetWrapper>("console")
            ?? throw new InvalidOperationException("nlog.config has no async console target");
        _capture = new MemoryTarget("access-capture") { Layout = ((ConsoleTarget)wrapper.WrappedTarget!).Layout };
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
    public async Task ARequest_IsLoggedOnceWithMethodRouteTemplateStatusDurationAndTheProblemsTraceId()
    {
        using var response = await Client.GetAsync($"{ApiClient.Route}/{int.MaxValue}?name=query-secret");
        var traceId = (await response.AssertProblemAsync(HttpStatusCode.NotFound))["traceId"]!.GetValue<string>();

        var lines = AccessLines().Where(line => line["traceId"]?.GetValue<string>() == traceId).ToList();

        Assert.That(lines, Has.Count.EqualTo(1));
        var line = lines[0];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(line["level"]!.GetValue<string>(), Is.EqualTo("INFO"));
            Assert.That(line["Method"]!.GetValue<string>(), Is.EqualTo("GET"));
            Assert.That(line["Route"]!.GetValue<string>(), Is.EqualTo("/api/v1/resource/{id:int}"));
            Assert.That(line["StatusCode"]!.GetValue<int>(), Is.EqualTo(404));
            Assert.That(line["DurationMs"]!.GetValue<double>(), Is.GreaterThan(0).And.LessThan(30_000));
            Assert.That(line.ToJsonString(), Does.Not.Contain("query-secret").And.Not.Contain(int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    [Test]
    public async Task AWrite_IsLoggedWithoutItsBodyOrToken()
    {
        var name = UniqueName("body-secret");
        var token = TestTokens.Create();
        using var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);

        using var response = await client.PostNameAsync(name);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var text = string.Join('\n', _capture.Logs);
        var posts = AccessLines().Where(line => line["Method"]?.GetValue<string>() == "POST" && line["StatusCode"]?.GetValue<int>() == 201).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(posts.Select(line => line["Route"]!.GetValue<string>()), Does.Contain("/api/v1/resource/"));
            Assert.That(string.Join('\n', posts.Select(line => line.ToJsonString())), Does.Not.Contain(name));
            Assert.That(text, Does.Not.Contain(token).And.Not.Contain(token.Split('.')[1]));
        }
    }

    [Test]
    public async Task ARequestMatchingNoEndpoint_IsLoggedWithoutItsPath()
    {
        using var response = await Client.GetAsync("/no/such/place-secret");

        var lines = AccessLines().Where(line => line["StatusCode"]?.GetValue<int>() == 404 && line["Route"]?.GetValue<string>() == "(no route)").ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(lines, Is.Not.Empty);
            Assert.That(string.Join('\n', _capture.Logs), Does.Not.Contain("place-secret"));
        }
    }

    [Test]
    public async Task WithTracesExported_TheLogLineTheProblemAndTheSpanShareOneTraceId()
    {
        await using var receiver = await OtlpReceiver.StartAsync(OtlpReceiver.HttpProtobuf);
        using var traced = new ApiFactory(new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = receiver.Address.ToString().TrimEnd('/'),
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = OtlpReceiver.HttpProtobuf,
            ["OTEL_BSP_SCHEDULE_DELAY"] = "100",
        });
        using var client = traced.Authorized();

        using var response = await client.PostNameAsync(" ");
        var traceId = (await response.AssertProblemAsync(HttpStatusCode.BadRequest))["traceId"]!.GetValue<string>();
        var spans = await receiver.WaitForAsync(received => received.Any(span => span.TraceId == traceId), TimeSpan.FromSeconds(20));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(AccessLines().Select(line => line["traceId"]?.GetValue<string>()), Does.Contain(traceId));
            Assert.That(spans.Where(span => span.TraceId == traceId && span.Kind == ReceivedSpan.ServerKind), Is.Not.Empty);
        }
    }

    private List<JsonNode> AccessLines()
    {
        LogManager.Flush();
        return _capture.Logs.Select(line => JsonNode.Parse(line)!)
            .Where(line => line["logger"]?.GetValue<string>() == "ResourceService.Api.Observability.AccessLog" &&
                           line["eventId"]?.GetValue<string>() == AccessEvent)
            .ToList();
    }
}
