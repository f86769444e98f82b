using System.Globalization;
using System.Text;
using CsCheck;
using ResourceService.Api.FunctionalTests.Infrastructure;

namespace ResourceService.Api.FunctionalTests.Security;

/// <summary>Request bodies a hostile or broken client might send: JSON of any shape, broken JSON and no JSON.</summary>
public static class HostileBodies
{
    // The text between a JSON string's quotes, escaped as JSON needs it. These make names the service should accept.
    private static readonly string[] Acceptable =
    [
        "Widget", "a b", " ", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "' OR '1'='1",
        "Robert'); DROP TABLE resources;--", "%_[]^", "\\\\", "\\/", "\\\"", "${jndi:ldap://x/a}", "{{7*7}}", "../../etc/passwd",
        "\\ud83d\\ude80", "\\u202e", "\\u200f", "\\u200b", "\\ufeff", "\\u2028", "\u202Eevil\u202C", "עברית", "漢字", "🚀",
        "e\u0301", "\uFFFD",
    ];

    // Control characters and lone surrogates, escaped; then raw control characters and broken escapes, which are not JSON.
    private static readonly string[] Unacceptable =
    [
        "\\u0000", "\\u0007", "\\u001f", "\\u007f", "\\u0085", "\\r\\n", "\\t", "\\ud800", "\\udc00", "\\ud800\\u0041",
        "\t", "\u0001", "\\", "\\x41", "\\u12", "\"",
    ];

    private static readonly Gen<string> Text = Gen.Frequency(
        (4, Gen.OneOf(Acceptable).Array[1, 6].Select(string.Concat)),
        (3, Gen.OneOf([.. Acceptable, .. Unacceptable]).Array[0, 6].Select(string.Concat)),
        (1, Gen.OneOf(254, 255, 256, 4096).Select(length => new string('x', length))),
        (1, Gen.Const($" {new string('y', 255)} ")));

    private static readonly string[] Numbers =
    [
        "0", "-0", "-1", "2147483648", "9223372036854775808", "123456789012345678901234567890123456789", "1e400",
        "-1e400", "1.7976931348623157e309", "1e-400", "0.1", "1E+2", "NaN", "Infinity", "-", "01", "1.", ".5", "0x10",
    ];

    private static readonly Gen<string> Scalar = Gen.Frequency(
        (4, Text.Select(text => $"\"{text}\"")),
        (2, Gen.OneOf(Numbers)),
        (1, Gen.Long.Select(number => number.ToString(CultureInfo.InvariantCulture))),
        (1, Gen.Double.Where(double.IsFinite).Select(number => number.ToString("R", CultureInfo.InvariantCulture))),
        (1, Gen.OneOf("true", "false", "null")));

    private static readonly Gen<string> Key = Gen.Frequency(
        (3, Gen.OneOf("name", "Name", "NAME", "id", "version", "createdAt", "__proto__", "constructor", "$ref", "")),
        (1, Text));

    /// <summary>Any JSON value, nested a few levels, with any keys (duplicates included).</summary>
    private static readonly Gen<string> Value = Gen.Recursive<string>((depth, value) => depth >= 4
        ? Scalar
        : Gen.Frequency(
            (4, Scalar),
            (1, value.Array[0, 4].Select(items => $"[{string.Join(',', items)}]")),
            (1, Gen.Select(Key, value).Array[0, 4].Select(Members))));

    /// <summary>Arrays or objects nested far past the 64 levels a JSON reader allows by default.</summary>
    private static readonly Gen<string> DeeplyNested = Gen.Select(Gen.Int[60, 300], Gen.Bool, Scalar).Select((depth, asArrays, inner) =>
        asArrays
            ? $"{new string('[', depth)}{inner}{new string(']', depth)}"
            : $"{string.Concat(Enumerable.Repeat("{\"name\":", depth))}{inner}{new string('}', depth)}");

    private static readonly Gen<string> NameValue = Gen.Frequency((8, Text.Select(text => $"\"{text}\"")), (2, Value), (1, DeeplyNested));

    private static readonly Gen<string> Json = Gen.Frequency(
        (6, NameValue.Select(name => $"{{\"name\":{name}}}")),
        (2, Gen.Select(NameValue, NameValue).Select((first, second) => $"{{\"name\":{first},\"name\":{second}}}")),
        (2, Gen.Select(NameValue, Gen.Select(Key, Value).Array[1, 4]).Select((name, extra) => Members([("name", name), .. extra]))),
        (2, Value),
        (1, DeeplyNested),
        (1, Gen.Const("")));

    /// <summary>Valid and broken JSON text: a fraction is cut short at a random point.</summary>
    private static readonly Gen<string> MaybeTruncated = Gen.Frequency(
        (5, Json),
        (1, Json.Where(json => json.Length > 1).SelectMany(json => Gen.Int[0, json.Length - 1].Select(length => json[..length]))));

    private static readonly Gen<byte[]> Bytes = Gen.Frequency(
        (8, Gen.Select(MaybeTruncated, Gen.Frequency((6, Gen.Const(0)), (1, Gen.Int[1, 4]))).Select(Encode)),
        (1, Gen.Byte.Array[0, 64]),
        (1, Gen.Const(Array.Empty<byte>())));

    private static readonly string[] ContentTypes =
    [
        "application/json", "application/json; charset=utf-8", "application/json; charset=utf-16", "text/plain",
        "application/x-www-form-urlencoded", "multipart/form-data", "multipart/form-data; boundary=x",
        "APPLICATION/JSON", "application/problem+json", "application/json; charset=utf-32", "application/json; charset=latin1",
        "text/plain; charset=bogus", "application/json;;;", "*/*", "",
    ];

    // JSON in a charset .NET cannot decode; kept apart because the service answers them 500 (see the ignored property).
    private static readonly string[] UnknownCharsets =
    [
        "application/json; charset=bogus", "application/json; charset=utf-7", "application/json; charset=ibm037",
        "application/json; charset=", "application/json; charset=\"\"",
    ];

    /// <summary>A Content-Type of any kind but JSON in an unknown charset, or none at all (null).</summary>
    private static readonly Gen<string?> ContentType = Gen.Frequency(
        (8, Gen.Const<string?>("application/json")),
        (4, Gen.OneOf<string?>(ContentTypes)),
        (1, Gen.Const<string?>((string?)null)));

    /// <summary>A POST, or a PUT to the resource that <see cref="HostileRequest.LiveId"/> stands for; sometimes no content at all.</summary>
    public static readonly Gen<HostileRequest> CreateOrUpdate = Writes(ContentType);

    /// <summary>The same writes, declaring JSON in a charset that .NET does not know.</summary>
    public static readonly Gen<HostileRequest> CreateOrUpdateInUnknownCharset = Writes(Gen.OneOf<string?>(UnknownCharsets));

    private static Gen<HostileRequest> Writes(Gen<string?> contentType) => Gen.Select(Gen.Bool, Bytes, contentType, Gen.Int[0, 40])
        .Select((isCreate, body, type, noContent) => new HostileRequest(
            isCreate ? "POST" : "PUT",
            isCreate ? ApiClient.Route : $"{ApiClient.Route}/{HostileRequest.LiveId}",
            noContent == 0 ? null : body,
            type));

    private static string Members(IEnumerable<(string Key, string Value)> members) =>
        $"{{{string.Join(',', members.Select(member => $"\"{member.Key}\":{member.Value}"))}}}";

    // 0 UTF-8, 1 UTF-8 with a BOM, 2 UTF-16 with a BOM, 3 UTF-16 without one, 4 UTF-32.
    private static byte[] Encode(string json, int encoding) => encoding switch
    {
        1 => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(json)],
        2 => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(json)],
        3 => Encoding.Unicode.GetBytes(json),
        4 => Encoding.UTF32.GetBytes(json),
        _ => Encoding.UTF8.GetBytes(json),
    };
}
