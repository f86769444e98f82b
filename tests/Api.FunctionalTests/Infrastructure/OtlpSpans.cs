using Google.Protobuf;

namespace ResourceService.Api.FunctionalTests.Infrastructure;

/// <summary>One span as a collector received it: ids in hex, as logs and problem answers show them.</summary>
public sealed record ReceivedSpan(
    string TraceId, string SpanId, string ParentSpanId, string Name, int Kind, string Scope, string ServiceName,
    IReadOnlyDictionary<string, string> Attributes)
{
    public const int ServerKind = 2;
    public const int ClientKind = 3;
}

/// <summary>
/// Reads an OTLP <c>ExportTraceServiceRequest</c> by its field numbers (opentelemetry-proto's trace.proto and
/// common.proto); the exporter's generated types are internal, so only the fields the tests need are read.
/// </summary>
public static class OtlpSpans
{
    public static IReadOnlyList<ReceivedSpan> Decode(byte[] request)
    {
        var spans = new List<ReceivedSpan>();
        foreach (var resourceSpans in Fields(request, 1))
        {
            var resource = Fields(resourceSpans, 1).Select(Attributes).FirstOrDefault() ?? new Dictionary<string, string>();
            var service = resource.GetValueOrDefault("service.name", "");
            foreach (var scopeSpans in Fields(resourceSpans, 2))
            {
                var scope = Fields(scopeSpans, 1).Select(s => Text(s, 1)).FirstOrDefault() ?? "";
                spans.AddRange(Fields(scopeSpans, 2).Select(span => Span(span, scope, service)));
            }
        }

        return spans;
    }

    private static ReceivedSpan Span(byte[] span, string scope, string service)
    {
        string traceId = "", spanId = "", parentId = "", name = "";
        var kind = 0;
        var attributes = new Dictionary<string, string>();
        var input = new CodedInputStream(span);
        for (var tag = input.ReadTag(); tag != 0; tag = input.ReadTag())
        {
            switch (WireFormat.GetTagFieldNumber(tag))
            {
                case 1: traceId = Hex(input.ReadBytes()); break;
                case 2: spanId = Hex(input.ReadBytes()); break;
                case 4: parentId = Hex(input.ReadBytes()); break;
                case 5: name = input.ReadString(); break;
                case 6: kind = input.ReadEnum(); break;
                case 9: AddAttribute(attributes, input.ReadBytes().ToByteArray()); break;
                default: input.SkipLastField(); break;
            }
        }

        return new ReceivedSpan(traceId, spanId, parentId, name, kind, scope, service, attributes);
    }

    // A Resource's attributes are its field 1, each a KeyValue.
    private static Dictionary<string, string> Attributes(byte[] resource)
    {
        var attributes = new Dictionary<string, string>();
        foreach (var keyValue in Fields(resource, 1))
        {
            AddAttribute(attributes, keyValue);
        }

        return attributes;
    }

    // KeyValue: key = 1, value = 2 (AnyValue: string_value = 1, bool_value = 2, int_value = 3).
    private static void AddAttribute(Dictionary<string, string> attributes, byte[] keyValue)
    {
        var key = Text(keyValue, 1) ?? "";
        var value = "";
        foreach (var any in Fields(keyValue, 2))
        {
            var input = new CodedInputStream(any);
            for (var tag = input.ReadTag(); tag != 0; tag = input.ReadTag())
            {
                value = WireFormat.GetTagFieldNumber(tag) switch
                {
                    1 => input.ReadString(),
                    2 => input.ReadBool().ToString(),
                    3 => input.ReadInt64().ToString(System.Globalization.CultureInfo.InvariantCulture),
                    _ => Skip(input, value),
                };
            }
        }

        attributes[key] = value;
    }

    private static string Skip(CodedInputStream input, string value)
    {
        input.SkipLastField();
        return value;
    }

    private static string? Text(byte[] message, int field) =>
        Fields(message, field).Select(bytes => System.Text.Encoding.UTF8.GetString(bytes)).FirstOrDefault();

    /// <summary>The raw bytes of every occurrence of a length-delimited field.</summary>
    private static List<byte[]> Fields(byte[] message, int field)
    {
        var found = new List<byte[]>();
        var input = new CodedInputStream(message);
        for (var tag = input.ReadTag(); tag != 0; tag = input.ReadTag())
        {
            if (WireFormat.GetTagFieldNumber(tag) == field && WireFormat.GetTagWireType(tag) == WireFormat.WireType.LengthDelimited)
            {
                found.Add(input.ReadBytes().ToByteArray());
            }
            else
            {
                input.SkipLastField();
            }
        }

        return found;
    }

    private static string Hex(ByteString bytes) => Convert.ToHexStringLower(bytes.Span);
}
