using System.Buffers.Binary;
using ResourceService.Application.Common.Paging;

namespace ResourceService.Application.Audit.ListAuditEntries;

/// <summary>
/// The audit list's position in the shared <see cref="ListCursor"/>: the list has one order (newest first), so the
/// position is the last entry's id, which is 64-bit and so travels as the cursor's sort key. The cursor is bound to
/// the tenant and to the entity filter.
/// </summary>
public static class AuditCursor
{
    public static string Encode(long afterId, AuditListCriteria criteria, string tenant)
    {
        Span<byte> key = stackalloc byte[sizeof(long)];
        BinaryPrimitives.WriteInt64BigEndian(key, afterId);
        return ListCursor.Encode(0, key, tenant, Binding(criteria));
    }

    /// <returns>Null when the cursor was not issued by this list for this tenant and filter.</returns>
    public static long? Decode(string cursor, AuditListCriteria criteria, string tenant) =>
        ListCursor.Decode(cursor, tenant, Binding(criteria)) is { Id: 0, Key.Length: sizeof(long) } position
            ? BinaryPrimitives.ReadInt64BigEndian(position.Key)
            : null;

    // "audit" keeps an audit cursor apart from another list's, whatever its filter's text.
    private static string Binding(AuditListCriteria criteria) => $"audit\0{criteria.EntityType}\0{criteria.EntityId}";
}
