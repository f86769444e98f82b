using System.Diagnostics;

namespace ResourceService.Api.Common;

internal static class TraceIds
{
    /// <summary>The id a caller quotes from a problem answer and an operator finds in the logs.</summary>
    public static string Of(HttpContext context) => Activity.Current?.Id ?? context.TraceIdentifier;
}
