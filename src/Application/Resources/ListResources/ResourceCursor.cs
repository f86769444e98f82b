using System.Buffers.Binary;
using System.Text;
using ResourceService.Application.Common.Paging;

namespace ResourceService.Application.Resources.ListResources;

/// <summary>
/// The resource list's <see cref="ListCursor"/>: the last row's id and its key in the list's sort (the name key as
/// UTF-8, the creation time's ticks, or nothing when sorted by id), bound to the name filter and the sort.
/// </summary>
public static class ResourceCursor
{
    public static string Encode(ResourcePosition after, ResourceListCriteria criteria, string tenant) =>
        ListCursor.Encode(after.Id, Key(after, criteria.SortBy), tenant, Binding(criteria));

    /// <returns>Null when the cursor was not issued by this API for this tenant, filter and sort.</returns>
    public static ResourcePosition? Decode(string cursor, ResourceListCriteria criteria, string tenant)
    {
        if (ListCursor.Decode(cursor, tenant, Binding(criteria)) is not var (id, key))
        {
            return null;
        }

        return criteria.SortBy switch
        {
            ResourceSortField.Name => new ResourcePosition(id, NameKey: Encoding.UTF8.GetString(key)),
            ResourceSortField.CreatedAt when key.Length == sizeof(long) =>
                new ResourcePosition(id, CreatedAt: new DateTime(BinaryPrimitives.ReadInt64BigEndian(key), DateTimeKind.Utc)),
            ResourceSortField.Id when key.Length == 0 => new ResourcePosition(id),
            _ => null,
        };
    }

    private static byte[] Key(ResourcePosition after, ResourceSortField sortBy)
    {
        switch (sortBy)
        {
            case ResourceSortField.Name:
                return Encoding.UTF8.GetBytes(after.NameKey ?? "");
            case ResourceSortField.CreatedAt:
                var ticks = new byte[sizeof(long)];
                BinaryPrimitives.WriteInt64BigEndian(ticks, after.CreatedAt!.Value.Ticks);
                return ticks;
            default:
                return [];
        }
    }

    // The same text as before the cursor moved to Common/Paging, so cursors issued earlier stay valid.
    private static string Binding(ResourceListCriteria criteria) => $"{criteria.SortBy}\0{criteria.Descending}\0{criteria.NameKey}";
}
