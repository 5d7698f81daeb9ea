using System.Text.Json;
using BrandPulse.Data.Import.Text;
using BrandPulse.Data.Tests.Import;

namespace BrandPulse.Data.Tests.Classify;

/// <summary>Every brand reply in the real samples in <c>data/</c>: twcs brand tweets and IBM agent turns and agentURL utterances.</summary>
internal static class RealReplies
{
    public static IReadOnlyDictionary<string, string> All { get; } = Load();

    private static Dictionary<string, string> Load()
    {
        var replies = new Dictionary<string, string>(StringComparer.Ordinal);
        string data = Path.Combine(SharedData.RepoRoot(), "data");
        using (FileStream csv = File.OpenRead(Path.Combine(data, "twcs_kaggle_sample.csv")))
        {
            string?[]? header = null;
            foreach (CsvRecord record in new CsvRecordReader(csv).Records())
            {
                if (header is null)
                {
                    header = [.. record.Fields];
                    continue;
                }

                string Field(string name) => record.Fields[Array.IndexOf(header, name)] ?? "";
                if (Field("inbound") == "False")
                {
                    replies["twcs:" + Field("tweet_id")] = Field("text");
                }
            }
        }

        using JsonDocument ibm = JsonDocument.Parse(File.ReadAllText(Path.Combine(data, "ibm_twitter_cdp_dev.json")));
        foreach (JsonElement conversation in ibm.RootElement.EnumerateArray())
        {
            foreach (JsonElement turn in conversation.GetProperty("dialogContent").EnumerateArray())
            {
                if (turn.TryGetProperty("agent", out _))
                {
                    replies["ibm:" + turn.GetProperty("tweet_ID").GetString()] = turn.GetProperty("message").GetString()!;
                }
            }

            JsonElement url = conversation.GetProperty("agentURL");
            replies["ibm:" + url.GetProperty("tweet_ID").GetString()] = url.GetProperty("url_utterance").GetString()!;
        }

        return replies;
    }
}
