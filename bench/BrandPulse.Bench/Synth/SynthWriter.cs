using System.Globalization;
using System.Text;

namespace BrandPulse.Bench.Synth;

/// <summary>
/// Writes a deterministic synthetic data set in the formats the collector imports: the registry (brands.csv), a twcs
/// export for twitter, a call log for the phone and a manual CSV for e-mail. Brand sizes follow Zipf's law; waits are
/// lognormal (minutes on twitter, minutes to hours on the phone, hours by e-mail); some complaints are never answered.
/// </summary>
internal sealed class SynthWriter(int brandCount, long complaints, int seed, string outDir)
{
    public static readonly DateTime Start = new(2019, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime End = new(2023, 12, 31, 0, 0, 0, DateTimeKind.Utc);

    private readonly Random _rng = new(seed);

    public SynthCounts Write()
    {
        Directory.CreateDirectory(outDir);
        IReadOnlyList<SynthBrand> brands = SynthBrand.Make(brandCount, _rng);
        WriteRegistry(brands);
        double[] cumulative = new double[brands.Count];
        double sum = 0;
        for (int i = 0; i < brands.Count; i++)
        {
            cumulative[i] = sum += brands[i].Weight;
        }

        using StreamWriter twitter = Open("twitter.csv", "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id");
        using StreamWriter phone = Open("phone.csv", "brand,number_called,started_at,answered_at,abandoned_at,ref");
        using StreamWriter email = Open("email.csv", "ref,brand,channel,complained_at,answered_at,observed_until");
        var channels = new SynthChannels(_rng, twitter, phone, email, (long)(End - Start).TotalSeconds, complaints);
        for (long n = 0; n < complaints; n++)
        {
            int b = Array.BinarySearch(cumulative, _rng.NextDouble() * sum);
            SynthBrand brand = brands[Math.Min(b < 0 ? ~b : b, brands.Count - 1)];
            double pick = _rng.NextDouble() * (0.5 + (brand.Phone ? 0.3 : 0) + (brand.Email ? 0.2 : 0));
            if (pick < 0.5)
            {
                channels.Tweet(brand, n);
            }
            else if (brand.Phone && pick < 0.8)
            {
                channels.Call(brand, n);
            }
            else
            {
                channels.Mail(brand, n);
            }
        }

        return channels.Counts;
    }

    private void WriteRegistry(IReadOnlyList<SynthBrand> brands)
    {
        var text = new StringBuilder("slug,name,industry,accounts\n");
        foreach (SynthBrand b in brands)
        {
            text.Append(CultureInfo.InvariantCulture, $"{b.Slug},{b.Name},{b.Industry},twitter:{b.Handle}\n");
        }

        File.WriteAllText(Path.Combine(outDir, "brands.csv"), text.ToString());
    }

    private StreamWriter Open(string name, string header)
    {
        var w = new StreamWriter(Path.Combine(outDir, name), false, new UTF8Encoding(false), 1 << 20) { NewLine = "\n" };
        w.WriteLine(header);
        return w;
    }
}

/// <summary>How many complaints of each channel a data set has.</summary>
internal sealed class SynthCounts
{
    public long Twitter { get; set; }

    public long Phone { get; set; }

    public long Email { get; set; }

    public long Unanswered { get; set; }

    public long Tweets { get; set; }
}
