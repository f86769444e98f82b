using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace ResourceService.Application.Common.Paging;

/// <summary>
/// The opaque <c>cursor</c> of any list: the position after which the next page starts — the last row's id and its
/// sort key, as the list's module encodes it — sealed to the tenant and to the list's filter and sort (its binding).
/// The seal is a check, not a secret (ADR 0021): every query is filtered to the caller's tenant whatever the cursor
/// says, so a forged cursor could only name a position the caller can reach anyway; the seal tells a damaged or
/// foreign cursor apart, so that it is refused (400) instead of silently answering another list.
/// </summary>
public static class ListCursor
{
    /// <summary>The longest sort key a position carries: 255 code points at four bytes of UTF-8 each, and a little more.</summary>
    public const int MaxKeyBytes = 1024;

    private const byte FormatVersion = 1;
    private const int SealLength = 16;
    private const int MinTokenBytes = 1 + sizeof(int) + SealLength;
    private const int MaxTokenBytes = MinTokenBytes + MaxKeyBytes;

    /// <summary>No cursor this API issues is longer: the longest token in unpadded base64url.</summary>
    public const int MaxLength = ((MaxTokenBytes * 4) + 2) / 3;

    private static readonly byte[] SealKey = "resource-service/list-cursor/v1"u8.ToArray();

    /// <param name="binding">What the cursor is valid for besides the tenant: the list's filter and sort, in one text.</param>
    public static string Encode(int id, ReadOnlySpan<byte> key, string tenant, string binding)
    {
        if (key.Length > MaxKeyBytes)
        {
            throw new ArgumentException($"A cursor's sort key is at most {MaxKeyBytes} bytes.", nameof(key));
        }

        var token = new byte[MinTokenBytes + key.Length];
        token[0] = FormatVersion;
        BinaryPrimitives.WriteInt32BigEndian(token.AsSpan(1), id);
        key.CopyTo(token.AsSpan(1 + sizeof(int)));
        var payloadLength = token.Length - SealLength;
        Seal(token.AsSpan(0, payloadLength), tenant, binding).CopyTo(token, payloadLength);
        return Base64Url.EncodeToString(token);
    }

    /// <returns>The id and sort key, or null when the cursor was not issued by this API for this tenant and binding.</returns>
    public static (int Id, byte[] Key)? Decode(string cursor, string tenant, string binding)
    {
        if (cursor.Length is 0 or > MaxLength || !Base64Url.IsValid(cursor))
        {
            return null;
        }

        var token = Base64Url.DecodeFromChars(cursor);
        if (token.Length < MinTokenBytes)
        {
            return null;
        }

        var payload = token.AsSpan(0, token.Length - SealLength);
        var seal = token.AsSpan(token.Length - SealLength);
        if (!CryptographicOperations.FixedTimeEquals(seal, Seal(payload, tenant, binding)) || payload[0] != FormatVersion)
        {
            return null;
        }

        return (BinaryPrimitives.ReadInt32BigEndian(payload[1..]), payload[(1 + sizeof(int))..].ToArray());
    }

    // The seal covers the position and everything the cursor is bound to.
    private static byte[] Seal(ReadOnlySpan<byte> payload, string tenant, string binding)
    {
        var bound = Encoding.UTF8.GetBytes($"{tenant}\0{binding}");
        var input = new byte[payload.Length + bound.Length];
        payload.CopyTo(input);
        bound.CopyTo(input, payload.Length);
        return HMACSHA256.HashData(SealKey, input)[..SealLength];
    }
}
