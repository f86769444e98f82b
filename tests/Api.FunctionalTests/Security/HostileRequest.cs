using System.Globalization;
using System.Text;

namespace ResourceService.Api.FunctionalTests.Security;

/// <summary>
/// One request exactly as it goes on the wire: a body of raw bytes, a Content-Type sent without validation,
/// no Content-Type when it is null, and no content at all when the body is null. It prints itself with every
/// byte visible, so that a shrunk failure can be replayed by hand.
/// </summary>
public sealed record HostileRequest(
    string Method, string Target, byte[]? Body = null, string? ContentType = null, string? IdempotencyKey = null)
{
    /// <summary>Stands for the id of a resource that exists when the request is sent.</summary>
    public const string LiveId = "{id}";

    // A longer body is cut when printed; the seed that CsCheck prints replays it whole.
    private const int PrintedLength = 800;

    public HostileRequest WithLiveId(int id) =>
        this with { Target = Target.Replace(LiveId, id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) };

    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), new Uri(Target, UriKind.Relative));
        if (Body is not null)
        {
            message.Content = new ByteArrayContent(Body);
            if (ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
        }

        if (IdempotencyKey is not null)
        {
            message.Headers.TryAddWithoutValidation("Idempotency-Key", IdempotencyKey);
        }

        return message;
    }

    public override string ToString()
    {
        var text = new StringBuilder($"{Method} {Printable(Target)}");
        if (IdempotencyKey is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n  Idempotency-Key: \"{Printable(IdempotencyKey)}\"");
        }

        if (Body is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n  Content-Type: {(ContentType is null ? "(none)" : $"\"{Printable(ContentType)}\"")}");
            text.Append(CultureInfo.InvariantCulture, $"\n  Body ({Body.Length} bytes): {PrintableBody(Body)}");
        }

        return text.ToString();
    }

    // Exact either way: UTF-8 text as escaped text, anything else as hex (with a reading when it starts as UTF-16).
    private static string PrintableBody(byte[] body)
    {
        var printed = System.Text.Unicode.Utf8.IsValid(body)
            ? $"\"{Printable(Encoding.UTF8.GetString(body))}\""
            : body is [0xFF, 0xFE, ..]
                ? $"hex {Convert.ToHexString(body)} (read as UTF-16: \"{Printable(Encoding.Unicode.GetString(body))}\")"
                : $"hex {Convert.ToHexString(body)}";
        return printed.Length <= PrintedLength ? printed : $"{printed[..PrintedLength]}... (cut)";
    }

    /// <summary>Printable ASCII as it is; everything else as a C# escape, so that nothing hides in the output.</summary>
    public static string Printable(string text)
    {
        var printable = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            printable.Append(c switch
            {
                '\\' => @"\\",
                '"' => "\\\"",
                >= ' ' and <= '~' => c.ToString(),
                _ => $"\\u{(int)c:x4}",
            });
        }

        return printable.ToString();
    }
}
