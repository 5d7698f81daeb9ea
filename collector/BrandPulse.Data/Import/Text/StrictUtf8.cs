using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace BrandPulse.Data.Import.Text;

/// <summary>UTF-8 that refuses invalid bytes instead of turning them into U+FFFD.</summary>
public static class StrictUtf8
{
    /// <summary>An encoding that throws on invalid bytes and writes no byte-order mark.</summary>
    public static UTF8Encoding Encoding { get; } = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>; on invalid UTF-8 returns null and the offset of the first bad byte.</summary>
    public static string? TryDecode(ReadOnlySpan<byte> bytes, out int badOffset)
    {
        if (Utf8.IsValid(bytes))
        {
            badOffset = -1;
            return Encoding.GetString(bytes);
        }

        badOffset = 0;
        while (badOffset < bytes.Length
            && Rune.DecodeFromUtf8(bytes[badOffset..], out _, out int consumed) == OperationStatus.Done)
        {
            badOffset += consumed;
        }

        return null;
    }
}
