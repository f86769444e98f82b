using Microsoft.Net.Http.Headers;

namespace ResourceService.Api.Resources;

/// <summary>A resource's version travels as its entity tag: <c>ETag: "3"</c> out, <c>If-Match: "3"</c> in.</summary>
internal static class VersionTags
{
    public static void SetETag(this HttpResponse response, int version) =>
        response.Headers.ETag = new EntityTagHeaderValue($"\"{version}\"").ToString();

    /// <summary>
    /// True when the caller's If-None-Match names this version (or is <c>*</c>): the copy it holds is current. The
    /// comparison is weak (RFC 9110 13.1.2), so <c>W/"3"</c> matches too.
    /// </summary>
    public static bool HasCurrentVersion(this HttpRequest request, int version)
    {
        var ifNoneMatch = request.Headers.IfNoneMatch;
        if (ifNoneMatch.Count == 0)
        {
            return false;
        }

        var current = new EntityTagHeaderValue($"\"{version}\"");
        return EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags) &&
            tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: false));
    }

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
