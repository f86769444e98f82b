namespace ResourceService.Application.Common.Paging;

/// <summary>
/// How every list of every module pages: by number (<see cref="PageParameter"/>, <see cref="PageSizeParameter"/>)
/// up to <see cref="MaxOffsetRows"/>, and beyond by the <see cref="ListCursor"/> it issued (<see cref="CursorParameter"/>).
/// </summary>
public static class PagingRules
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>
    /// Offset paging reads the rows it skips, so it reaches only this far (page × pageSize); beyond, a list
    /// continues by cursor, whose cost does not grow with the position (OWASP API4).
    /// </summary>
    public const int MaxOffsetRows = 10_000;

    /// <summary>The query parameters of paging, as callers name them and as errors are keyed.</summary>
    public const string PageParameter = "page";
    public const string PageSizeParameter = "pageSize";
    public const string CursorParameter = "cursor";

    /// <summary>Checks the paging of a list request, adding each problem to <paramref name="errors"/> by parameter.</summary>
    /// <param name="rows">What the list holds, plural, for the message of a page out of reach ("resources").</param>
    /// <returns>The page size to use: the one asked for, or the default.</returns>
    public static int Validate(int? page, int? pageSize, bool hasCursor, string rows, IDictionary<string, string[]> errors)
    {
        var size = pageSize ?? DefaultPageSize;
        var sizeValid = size is >= 1 and <= MaxPageSize;
        if (!sizeValid)
        {
            errors[PageSizeParameter] = [$"The page size must be between 1 and {MaxPageSize}."];
        }

        if (page is not { } number)
        {
            return size;
        }

        if (hasCursor)
        {
            errors[PageParameter] = ["Send either page or cursor, not both."];
        }
        else if (number < 1)
        {
            errors[PageParameter] = ["The page must be 1 or more."];
        }
        else if (sizeValid && (long)number * size > MaxOffsetRows)
        {
            errors[PageParameter] = [$"Pages reach the first {MaxOffsetRows} {rows}; continue beyond with the cursor in meta.nextCursor."];
        }

        return size;
    }

    /// <summary>The page number a valid request asks for: none when it continues a cursor, else the first by default.</summary>
    public static int? PageOf(int? page, bool hasCursor) => hasCursor ? null : page ?? 1;
}
