using System.Text.Json;
using BrandPulse.Data.Import.Text;

namespace BrandPulse.Data.Import.Ibm;

/// <summary>
/// Visits the elements of a top-level JSON array one at a time, each with its index and the physical line where it
/// starts. Strict JSON: comments, trailing commas or content after the array make the whole file unreadable.
/// </summary>
internal static class IbmJsonArray
{
    public delegate void Visit(long index, int line, JsonElement element);

    public static void ForEach(byte[] json, string file, Visit visit)
    {
        int start = json.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        var reader = new Utf8JsonReader(json.AsSpan(start), new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
        });
        try
        {
            if (!reader.Read())
            {
                return; // an empty file: nothing to import
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new ImportFormatException(file, 1, $"expected a JSON array of conversations, found {reader.TokenType}");
            }

            int line = 1;
            int counted = start;
            long index = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                int elementStart = start + (int)reader.TokenStartIndex;
                line += json.AsSpan(counted, elementStart - counted).Count((byte)'\n');
                counted = elementStart;
                using JsonDocument document = JsonDocument.ParseValue(ref reader);
                visit(index++, line, document.RootElement);
            }

            reader.Read(); // throws on anything but whitespace after the array
        }
        catch (JsonException e)
        {
            throw new ImportFormatException(file, (int)(e.LineNumber ?? 0) + 1,
                $"malformed JSON at byte {(e.BytePositionInLine ?? 0) + 1} of the line: {e.Message}", e);
        }
    }
}
