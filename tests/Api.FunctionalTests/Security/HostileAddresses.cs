using System.Globalization;
using System.Text;
using CsCheck;
using ResourceService.Api.FunctionalTests.Infrastructure;

namespace ResourceService.Api.FunctionalTests.Security;

/// <summary>Query strings, ids in the path and Idempotency-Key values a hostile or broken client might send.</summary>
public static class HostileAddresses
{
    // Already fit for a URL: percent-encoded where needed, and percent-encoding that decodes to nothing valid.
    private static readonly string[] Garbage =
    [
        "", "%", "%%", "%zz", "%0", "%00", "%ff", "%FF%FE", "%ED%A0%80", "%C0%AF", "%E2%80%AE", "%EF%BB%BF", "%2F", "%5C",
        "%2e%2e", "%3D", "%26", "+", "%2B", "%20", "%09", "%0A", "%D9%A1", "a%00b", "..", ".", ";", ",", "'", "\"", "<", ">",
        "%3Cscript%3E", "'%20OR%20'1'%3D'1", Uri.EscapeDataString("עברית 漢字 🚀 \u202E"), "%F0%9F%9A%80",
    ];

    private static readonly string[] Numbers =
    [
        "0", "1", "-1", "100", "101", "2147483647", "-2147483648", "2147483648", "-2147483649", "21474837",
        "9223372036854775807", "-9223372036854775808", "99999999999999999999", "1e3", "0x10", "1.0", "+1", "01", " 1", "1 ",
        "-0", "\u0661", "1_000",
    ];

    private static readonly Gen<string> Number = Gen.Frequency(
        (3, Gen.OneOf(Numbers)),
        (1, Gen.Int.Select(number => number.ToString(CultureInfo.InvariantCulture))),
        (1, Gen.Long.Select(number => number.ToString(CultureInfo.InvariantCulture))));

    private static readonly Gen<string> Sort = Gen.Select(
            Gen.Frequency((4, Gen.Int[0, 3]), (1, Gen.Int[4, 300])),
            Gen.OneOf("id", "name", "createdAt", "NAME", "", "-", "id,name", "name desc"))
        .Select((dashes, field) => new string('-', dashes) + field);

    private static readonly Gen<string> Value = Gen.Frequency(
        (3, Number),
        (2, Sort),
        (2, Gen.OneOf(Garbage).Array[1, 4].Select(string.Concat)),
        (1, Gen.String.AlphaNumeric),
        (1, Gen.OneOf(255, 256, 2000).Select(length => new string('a', length))));

    private static readonly Gen<string> Key = Gen.Frequency(
        (6, Gen.OneOf("page", "pageSize", "name", "sort")),
        (2, Gen.OneOf("PAGE", "pagesize", "Sort", "%70age", "page%00", "page[]", "name%5B%5D", "", "=", "&", "x")),
        (1, Gen.String.AlphaNumeric));

    private static readonly Gen<string> Parameter = Gen.Frequency(
        (6, Gen.Select(Key, Value).Select((key, value) => $"{key}={value}")),
        (1, Key),
        (1, Gen.OneOf(Garbage)));

    /// <summary>A list request with any query: repeated, unknown, empty and undecodable parameters included.</summary>
    public static readonly Gen<HostileRequest> ListRequest = Parameter.Array[0, 8]
        .Select(parameters => new HostileRequest("GET", $"{ApiClient.Route}?{string.Join('&', parameters)}"));

    private static readonly string[] IdShapes =
    [
        HostileRequest.LiveId, $"0{HostileRequest.LiveId}", $"+{HostileRequest.LiveId}", $"%2B{HostileRequest.LiveId}",
        $"%20{HostileRequest.LiveId}", $"{HostileRequest.LiveId}%20", $"{HostileRequest.LiveId}.0", $"{HostileRequest.LiveId}e0",
        $"{HostileRequest.LiveId}%2F", $"%2F{HostileRequest.LiveId}", $"{HostileRequest.LiveId}/",
        $"{HostileRequest.LiveId}/..", $"{HostileRequest.LiveId}/../{HostileRequest.LiveId}", $"./{HostileRequest.LiveId}",
        $"%2e%2e%2F{HostileRequest.LiveId}", $"{HostileRequest.LiveId}%2F..%2F1", $"{HostileRequest.LiveId};x=1",
        $"{HostileRequest.LiveId},{HostileRequest.LiveId}", $"{HostileRequest.LiveId}?page=1", $"{HostileRequest.LiveId}#top",
        $"{HostileRequest.LiveId}\\..", "..", "../..", ".", "%2e", "abc", new string('1', 1000),
    ];

    /// <summary>The id segment: shapes around a live id, numbers at the edges of int and long, and garbage.</summary>
    private static readonly Gen<string> Id = Gen.Frequency(
            (3, Gen.OneOf(IdShapes)),
            (3, Number),
            (1, Gen.String.AlphaNumeric),
            (1, Gen.OneOf(Garbage)),
            (1, Gen.OneOf(Garbage).Array[1, 3].Select(string.Concat)))
        // A NUL in the path never reaches the service: Kestrel refuses it with 400, and TestServer throws before sending.
        .Where(id => !id.Contains("%00", StringComparison.Ordinal));

    /// <summary>A GET, PUT or DELETE of any id; the PUT asks for a valid rename.</summary>
    public static readonly Gen<HostileRequest> ItemRequest = Gen.Select(Gen.OneOf("GET", "PUT", "DELETE"), Id)
        .Select((method, id) => new HostileRequest(
            method,
            $"{ApiClient.Route}/{id}",
            method == "PUT" ? "{\"name\":\"renamed\"}"u8.ToArray() : null,
            method == "PUT" ? "application/json" : null));

    private static readonly Gen<string> IdempotencyKey = Gen.Frequency(
        (3, Gen.OneOf("retry-1", "retry-2", "retry-3")),
        (2, Gen.String[Gen.Char['!', '~'], 1, 40]),
        (2, Gen.String[Gen.Char['\0', '\u00ff'], 0, 20]),
        (1, Gen.String[0, 20]),
        (1, Gen.OneOf(254, 255, 256, 8000).Select(length => new string('k', length))),
        (1, Gen.OneOf("", " ", " retry-1", "retry-1 ", "\u202Eretry", "r\u00e9try", "\ud83d\ude80", "a,b", "\"quoted\"")));

    /// <summary>A create with any Idempotency-Key; a few keys and names recur, so that keys are replayed and reused.</summary>
    public static readonly Gen<HostileRequest> KeyedCreate = Gen.Select(IdempotencyKey, Gen.OneOf("first", "second", "\\u0000"))
        .Select((key, name) => new HostileRequest(
            "POST", ApiClient.Route, Encoding.UTF8.GetBytes($"{{\"name\":\"{name}\"}}"), "application/json", key));
}
