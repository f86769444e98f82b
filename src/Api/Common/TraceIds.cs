using System.Diagnostics;

namespace ResourceService.Api.Common;

internal static class TraceIds
{
    /// <summary>
    /// The id a caller quotes from a problem answer and an operator finds in the logs (the W3C trace id,
    /// which every log line of the request carries as <c>traceId</c>).
    /// </summary>
    public static string Of(HttpContext context) => Activity.Current?.TraceId.ToHexString() ?? context.TraceIdentifier;
}
