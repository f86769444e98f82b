using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using ResourceService.Domain.Resources;

namespace ResourceService.Application.Resources.ListResources;

/// <summary>
/// The opaque <c>cursor</c> of a list: the position after which the next page starts, sealed to the tenant, filter
/// and sort it was issued for. The seal is a check, not a secret (ADR 0021): every query is filtered to the caller's
/// tenant whatever the cursor says, so a forged cursor could only name a position the caller can reach anyway; the
/// seal tells a damaged or foreign cursor apart, so that it is refused (400) instead of silently answering another list.
/// </summary>
public static class ListCursor
{
    private const byte FormatVersion = 1;
    private const int SealLength = 16;

    // The longest token: version, id, a name key of 255 code points at four bytes of UTF-8 each, and the seal.
    private const int MaxTokenBytes = 1 + sizeof(int) + (ResourceName.MaxLength * 4) + SealLength;

    /// <summary>No cursor this API issues is longer: the longest token in unpadded base64url.</summary>
    public const int MaxLength = (MaxTokenBytes + 2) / 3 * 4;
    private static readonly byte[] SealKey = "resource-service/list-cursor/v1"u8.ToArray();

    public static string Encode(ResourcePosition after, ResourceListCriteria criteria, string tenant)
    {
        var payload = Payload(after, criteria.SortBy);
        var token = new byte[payload.Length + SealLength];
        payload.CopyTo(token, 0);
        Seal(payload, criteria, tenant).CopyTo(token, payload.Length);
        return Base64Url.EncodeToString(token);
    }

    /// <returns>Null when the cursor was not issued by this API for this tenant, filter and sort.</returns>
    public static ResourcePosition? Decode(string cursor, ResourceListCriteria criteria, string tenant)
    {
        if (cursor.Length is 0 or > MaxLength || !Base64Url.IsValid(cursor))
        {
            return null;
        }

        var token = Base64Url.DecodeFromChars(cursor);
        if (token.Length < 1 + sizeof(int) + SealLength)
        {
            return null;
        }

        var payload = token.AsSpan(0, token.Length - SealLength);
        var seal = token.AsSpan(token.Length - SealLength);
        return CryptographicOperations.FixedTimeEquals(seal, Seal(payload, criteria, tenant)) ? Position(payload, criteria.SortBy) : null;
    }

    private static byte[] Payload(ResourcePosition after, ResourceSortField sortBy)
    {
        var key = sortBy switch
        {
            ResourceSortField.Name => Encoding.UTF8.GetBytes(after.NameKey ?? ""),
            ResourceSortField.CreatedAt => BigEndian(after.CreatedAt!.Value.Ticks),
            _ => [],
        };
        var payload = new byte[1 + sizeof(int) + key.Length];
        payload[0] = FormatVersion;
        BinaryPrimitives.WriteInt32BigEndian(payload.AsSpan(1), after.Id);
        key.CopyTo(payload, 1 + sizeof(int));
        return payload;
    }

    private static byte[] BigEndian(long value)
    {
        var bytes = new byte[sizeof(long)];
        BinaryPrimitives.WriteInt64BigEndian(bytes, value);
        return bytes;
    }

    private static ResourcePosition? Position(ReadOnlySpan<byte> payload, ResourceSortField sortBy)
    {
        if (payload[0] != FormatVersion)
        {
            return null;
        }

        var id = BinaryPrimitives.ReadInt32BigEndian(payload[1..]);
        var key = payload[(1 + sizeof(int))..];
        return sortBy switch
        {
            ResourceSortField.Name => new ResourcePosition(id, NameKey: Encoding.UTF8.GetString(key)),
            ResourceSortField.CreatedAt when key.Length == sizeof(long) =>
                new ResourcePosition(id, CreatedAt: new DateTime(BinaryPrimitives.ReadInt64BigEndian(key), DateTimeKind.Utc)),
            ResourceSortField.Id when key.IsEmpty => new ResourcePosition(id),
            _ => null,
        };
    }

    // The seal covers the position and everything the cursor is bound to: tenant, filter and sort.
    private static byte[] Seal(ReadOnlySpan<byte> payload, ResourceListCriteria criteria, string tenant)
    {
        var binding = Encoding.UTF8.GetBytes($"{tenant}\0{criteria.SortBy}\0{criteria.Descending}\0{criteria.NameKey}");
        var input = new byte[payload.Length + binding.Length];
        payload.CopyTo(input);
        binding.CopyTo(input, payload.Length);
        return HMACSHA256.HashData(SealKey, input)[..SealLength];
    }
}
