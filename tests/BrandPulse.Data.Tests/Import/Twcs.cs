using System.Text;
using BrandPulse.Data.Import;
using BrandPulse.Data.Import.Twcs;
using BrandPulse.Data.Registry;

namespace BrandPulse.Data.Tests.Import;

/// <summary>Parses twcs text or bytes the way the CLI would parse a file, for tests.</summary>
internal static class Twcs
{
    public const string Header = "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id";

    public static readonly string RealFile = SharedData.Path("twcs_kaggle_sample.csv");

    public static ParsedInput Real() =>
        TwcsParser.Parse(RealFile, "twcs_kaggle_sample", Pseudonymizer.ForTests(), new HashSet<string>());

    public static ParsedInput Parse(string csv, params string[] registry) =>
        Parse(Encoding.UTF8.GetBytes(csv), registry);

    public static ParsedInput Parse(byte[] bytes, params string[] registry)
    {
        using var stream = new MemoryStream(bytes);
        return TwcsParser.Parse(stream, "test.csv", "twcs_kaggle_sample", Pseudonymizer.ForTests(),
            new HashSet<string>(registry, StringComparer.OrdinalIgnoreCase));
    }

    public static long Ms(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();
}
