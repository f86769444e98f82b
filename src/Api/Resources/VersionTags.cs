using Microsoft.Net.Http.Headers;

namespace ResourceService.Api.Resources;

/// <summary>A resource's version travels as its entity tag: <c>ETag: "3"</c> out, <c>If-Match: "3"</c> in.</summary>
internal static class VersionTags
{
    public static void SetETag(this HttpResponse response, int version) =>
        response.Headers.ETag = new EntityTagHeaderValue($"\"{version}\"").ToString();

    /// <summary>The version the caller's If-Match asks for; null when any version will do.</summary>
    /// <returns>-1 when the header names no version this API issues, so that it matches none.</returns>
    public static int? ExpectedVersion(this HttpRequest request)
    {
        var ifMatch = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(ifMatch) || ifMatch.Trim() == "*")
        {
            return null;
        }

        // If-Match compares strongly (RFC 9110 13.1.1): a weak tag never matches.
        return EntityTagHeaderValue.TryParse(ifMatch.Trim(), out var tag) && !tag.IsWeak &&
            int.TryParse(tag.Tag.AsSpan().Trim('"'), out var version)
                ? version
                : -1;
    }
}
