using Microsoft.AspNetCore.WebUtilities;
using ResourceService.Application.Common.Paging;
using ResourceService.Application.Resources.ListResources;

namespace ResourceService.Api.Resources;

/// <summary>The <c>Link: &lt;...&gt;; rel="next"</c> header of a list page (RFC 8288), relative to the API's origin.</summary>
internal static class NextLinks
{
    public static string Header(string route, ListResourcesQuery query, int pageSize, string nextCursor)
    {
        var parameters = new List<KeyValuePair<string, string?>>
        {
            new(PagingRules.CursorParameter, nextCursor),
            new(PagingRules.PageSizeParameter, pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        if (!string.IsNullOrEmpty(query.Name))
        {
            parameters.Add(new(ListResourcesRules.NameParameter, query.Name));
        }

        if (!string.IsNullOrEmpty(query.Sort))
        {
            parameters.Add(new(ListResourcesRules.SortParameter, query.Sort));
        }

        return $"<{QueryHelpers.AddQueryString(route, parameters)}>; rel=\"next\"";
    }
}
