using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using ResourceService.Api.FunctionalTests.Infrastructure;
using ResourceService.TestSupport;

namespace ResourceService.Api.FunctionalTests.Platform;

/// <summary>
/// Traces reach a real OTLP receiver when OTEL_EXPORTER_OTLP_ENDPOINT is set, over the protocol
/// OTEL_EXPORTER_OTLP_PROTOCOL names; the trace id is the one the caller sees in a problem answer.
/// </summary>
public sealed class TracingTests
{
    private static readonly TimeSpan Arrival = TimeSpan.FromSeconds(20);

    [TestCase(OtlpReceiver.HttpProtobuf)]
    [TestCase(OtlpReceiver.Grpc)]
    public async Task ARequest_IsExportedAsAServerSpanWithTheProblemsTraceIdAndADatabaseSpanAsItsChild(string protocol)
    {
        await using var receiver = await OtlpReceiver.StartAsync(protocol);
        using var service = new ApiFactory(ExportingTo(receiver, protocol));
        using var client = service.Authorized();

        using var response = await client.GetAsync($"{ApiClient.Route}/{int.MaxValue}");
        var traceId = (await response.AssertProblemAsync(HttpStatusCode.NotFound))["traceId"]!.GetValue<string>();

        var spans = await receiver.WaitForAsync(
            received => received.Any(span => span.TraceId == traceId && span.Kind == ReceivedSpan.ServerKind) &&
                        received.Count(span => span.TraceId == traceId) > 1,
            Arrival);
        var server = spans.SingleOrDefault(span => span.TraceId == traceId && span.Kind == ReceivedSpan.ServerKind);
        Assert.That(server, Is.Not.Null, $"no server span with trace id {traceId} among {spans.Count} received");
        var database = spans.Where(span => span.ParentSpanId == server!.SpanId && span.Attributes.Keys.Any(key => key.StartsWith("db.", StringComparison.Ordinal)));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(server!.Attributes.GetValueOrDefault("http.route"), Is.EqualTo("/api/v1/resource/{id:int}"));
            Assert.That(server.Attributes.GetValueOrDefault("http.response.status_code"), Is.EqualTo("404"));
            Assert.That(server.ServiceName, Is.EqualTo("resource-service"));
            Assert.That(database, Is.Not.Empty, "no database span under the server span");
        }
    }

    [Test]
    public async Task DatabaseSpans_CarryTheSqlButNotTheValuesTheCallerSent()
    {
        await using var receiver = await OtlpReceiver.StartAsync(OtlpReceiver.HttpProtobuf);
        using var service = new ApiFactory(ExportingTo(receiver, OtlpReceiver.HttpProtobuf));
        using var client = service.Authorized();
        await client.CreateAsync("trace-secret-name");

        using var response = await client.GetAsync($"{ApiClient.Route}?name=trace-secret");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var spans = await receiver.WaitForAsync(
            received => received.Count(span => span.Attributes.Keys.Any(key => key.StartsWith("db.", StringComparison.Ordinal))) >= 2, Arrival);
        var database = spans.Where(span => span.Attributes.Keys.Any(key => key.StartsWith("db.", StringComparison.Ordinal))).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(database, Is.Not.Empty);
            Assert.That(database.SelectMany(span => span.Attributes.Values), Has.None.Contains("trace-secret"));
        }
    }

    [Test]
    public async Task AnOutgoingHttpCall_IsExportedAsAClientSpanUnderTheRequest()
    {
        await using var receiver = await OtlpReceiver.StartAsync(OtlpReceiver.HttpProtobuf);
        var settings = ExportingTo(receiver, OtlpReceiver.HttpProtobuf);
        // The identity provider's discovery document is fetched on the first token: that is the outgoing call.
        settings["Authentication:Schemes:Bearer:Authority"] = receiver.Address.ToString();
        settings["Authentication:Schemes:Bearer:RequireHttpsMetadata"] = "false";
        settings["Authentication:Schemes:Bearer:ValidAudiences:0"] = TestTokens.Audience;
        using var service = new ApiFactory(settings, trustTestTokens: false);
        using var client = service.Authorized();

        using var response = await client.GetAsync(ApiClient.Route);
        var traceId = (await response.AssertProblemAsync(HttpStatusCode.Unauthorized))["traceId"]!.GetValue<string>();

        var spans = await receiver.WaitForAsync(
            received => received.Any(span => span.TraceId == traceId && span.Kind == ReceivedSpan.ClientKind), Arrival);
        var outgoing = spans.FirstOrDefault(span => span.TraceId == traceId && span.Kind == ReceivedSpan.ClientKind);
        Assert.That(outgoing, Is.Not.Null, $"no client span with trace id {traceId} among {spans.Count} received");
        Assert.That(outgoing!.Attributes.GetValueOrDefault("url.full"), Does.EndWith("/.well-known/openid-configuration"));
    }

    [Test]
    public void WithoutAnOtlpEndpoint_NoTracerIsRegistered()
    {
        using var service = new ApiFactory();

        Assert.That(service.Services.GetService<TracerProvider>(), Is.Null);
    }

    private static Dictionary<string, string?> ExportingTo(OtlpReceiver receiver, string protocol) => new()
    {
        ["OTEL_EXPORTER_OTLP_ENDPOINT"] = receiver.Address.ToString().TrimEnd('/'),
        ["OTEL_EXPORTER_OTLP_PROTOCOL"] = protocol,
        // Export within a fraction of a second rather than the default 5 s.
        ["OTEL_BSP_SCHEDULE_DELAY"] = "100",
    };
}
