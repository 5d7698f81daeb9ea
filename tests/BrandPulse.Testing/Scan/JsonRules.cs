using System.Text.Json;

namespace BrandPulse.Testing.Scan;

/// <summary>JSON downloads: strict RFC 8259 (no comments, trailing commas, NaN or Infinity).</summary>
internal static class JsonRules
{
    public static void Check(string json, Action<string, string> add)
    {
        try
        {
            using JsonDocument _ = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow });
        }
        catch (JsonException e)
        {
            add("json-malformed", e.Message);
        }
    }
}
