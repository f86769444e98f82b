using System.Globalization;
using Microsoft.OpenApi;

namespace ResourceService.Api.OpenApi;

/// <summary>Writes numeric bounds into a schema; Microsoft.OpenApi keeps them as invariant text.</summary>
internal static class SchemaBounds
{
    // No ISO 8601 round-trip timestamp is longer than this one; the service's UTC times are shorter.
    private static readonly int TimestampMaxLength = DateTimeOffset.MaxValue.ToString("O", CultureInfo.InvariantCulture).Length;

    /// <summary>Ids, versions and pages are numbered from 1, and a page holds at least one item.</summary>
    public const int First = 1;

    /// <summary>An id, a version, a page number or a page size: from 1.</summary>
    public static OpenApiSchema Numbered(this OpenApiSchema schema, int maximum = int.MaxValue) => schema.Between(First, maximum);

    /// <summary>A count or a duration: from 0.</summary>
    public static OpenApiSchema Count(this OpenApiSchema schema) => schema.Between(0, int.MaxValue);

    /// <summary>A time sent as ISO 8601 text: no longer than the longest round-trip timestamp.</summary>
    public static OpenApiSchema Timestamp(this OpenApiSchema schema)
    {
        schema.MaxLength = TimestampMaxLength;
        return schema;
    }

    public static OpenApiSchema Between(this OpenApiSchema schema, int minimum, int maximum)
    {
        schema.Minimum = minimum.ToString(CultureInfo.InvariantCulture);
        schema.Maximum = maximum.ToString(CultureInfo.InvariantCulture);
        return schema;
    }
}
