using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace ResourceService.Application.Audit.ListAuditEntries;

/// <summary>
/// The opaque <c>cursor</c> of the audit list: the id after which the next page starts, sealed to the tenant and filter
/// it was issued for. As the resource list's cursor (ADR 0021), the seal is a check, not a secret: every query is
/// filtered to the caller's tenant whatever the cursor says; the seal tells a damaged or foreign cursor apart.
/// </summary>
public static class AuditCursor
{
    private const byte FormatVersion = 1;
    private const int SealLength = 16;
    private const int TokenLength = 1 + sizeof(long) + SealLength;

    /// <summary>No cursor this list issues is longer: its token in unpadded base64url.</summary>
    public const int MaxLength = (TokenLength * 4 + 2) / 3;

    private static readonly byte[] SealKey = "resource-service/audit-cursor/v1"u8.ToArray();

    public static string Encode(long afterId, AuditListCriteria criteria, string tenant)
    {
        var token = new byte[TokenLength];
        token[0] = FormatVersion;
        BinaryPrimitives.WriteInt64BigEndian(token.AsSpan(1), afterId);
        Seal(token.AsSpan(0, 1 + sizeof(long)), criteria, tenant).CopyTo(token, 1 + sizeof(long));
        return Base64Url.EncodeToString(token);
    }

    /// <returns>Null when the cursor was not issued by this list for this tenant and filter.</returns>
    public static long? Decode(string cursor, AuditListCriteria criteria, string tenant)
    {
        if (cursor.Length is 0 or > MaxLength || !Base64Url.IsValid(cursor))
        {
            return null;
        }

        var token = Base64Url.DecodeFromChars(cursor);
        if (token.Length != TokenLength || token[0] != FormatVersion)
        {
            return null;
        }

        var payload = token.AsSpan(0, 1 + sizeof(long));
        return CryptographicOperations.FixedTimeEquals(token.AsSpan(1 + sizeof(long)), Seal(payload, criteria, tenant))
            ? BinaryPrimitives.ReadInt64BigEndian(payload[1..])
            : null;
    }

    private static byte[] Seal(ReadOnlySpan<byte> payload, AuditListCriteria criteria, string tenant)
    {
        var binding = Encoding.UTF8.GetBytes($"{tenant}\0{criteria.EntityType}\0{criteria.EntityId}");
        var input = new byte[payload.Length + binding.Length];
        payload.CopyTo(input);
        binding.CopyTo(input, payload.Length);
        return HMACSHA256.HashData(SealKey, input)[..SealLength];
    }
}
