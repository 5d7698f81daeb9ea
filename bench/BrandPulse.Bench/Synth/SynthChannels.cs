using System.Globalization;

namespace BrandPulse.Bench.Synth;

/// <summary>One complaint at a time, written in the format of its channel.</summary>
internal sealed class SynthChannels(Random rng, StreamWriter twitter, StreamWriter phone, StreamWriter email, long spanSeconds,
    long complaints)
{
    private static readonly string[] s_problems =
    [
        "my order still hasn't arrived", "I was charged twice this month", "the app keeps crashing", "no signal since Monday",
        "my refund is missing", "the train was cancelled again", "nobody answers the chat", "my account is locked",
    ];

    private static readonly string[] s_replies =
    [
        "Sorry to hear that! Please DM us your order number and we'll look into it.",
        "We've issued the refund today, it should show in 3-5 working days.",
        "Thanks for reaching out, we're checking this for you now.",
        "The outage in your area was fixed at 14:00, please restart your router.",
    ];

    private long _nextTweetId = 1_000_000;

    public SynthCounts Counts { get; } = new();

    private long EndSeconds => spanSeconds;

    public void Tweet(SynthBrand brand, long n)
    {
        long at = rng.NextInt64(spanSeconds - 86_400);
        long customer = 100_000 + rng.NextInt64(Math.Max(complaints / 3, 10));
        long id = _nextTweetId++;
        double? wait = rng.NextDouble() < 0.12 ? null : LogNormalMinutes(20 * brand.Slowness, 1.3);
        long? replyAt = wait is double w && at + (long)(w * 60) < EndSeconds ? at + (long)(w * 60) : null;
        long replyId = replyAt is null ? 0 : _nextTweetId++;
        string text = $"@{brand.Handle} {s_problems[n % s_problems.Length]}, ref {n}";
        twitter.Write(string.Create(CultureInfo.InvariantCulture,
            $"{id},{customer},True,{Twitter(at)},\"{text}\",{(replyAt is null ? "" : replyId)},\n"));
        if (replyAt is long r)
        {
            twitter.Write(string.Create(CultureInfo.InvariantCulture,
                $"{replyId},{brand.Handle},False,{Twitter(r)},\"@{customer} {s_replies[(n / 7) % s_replies.Length]}\",,{id}\n"));
            Counts.Tweets++;
        }
        else
        {
            Counts.Unanswered++;
        }

        Counts.Tweets++;
        Counts.Twitter++;
    }

    public void Call(SynthBrand brand, long n)
    {
        long at = rng.NextInt64(spanSeconds - 86_400);
        double wait = LogNormalMinutes(6 * brand.Slowness, 1.1);
        double patience = LogNormalMinutes(15, 0.9);
        bool answered = wait <= patience;
        long end = at + (long)(Math.Min(wait, patience) * 60);
        string number = $"+44 20 7946 {brand.Index % 10_000:D4}";
        phone.Write(string.Create(CultureInfo.InvariantCulture,
            $"{brand.Name},{number},{Iso(at)},{(answered ? Iso(end) : "")},{(answered ? "" : Iso(end))},CALL-{n}\n"));
        Counts.Phone++;
        Counts.Unanswered += answered ? 0 : 1;
    }

    public void Mail(SynthBrand brand, long n)
    {
        long at = rng.NextInt64(spanSeconds - 86_400);
        double? wait = rng.NextDouble() < 0.1 ? null : LogNormalMinutes(240 * brand.Slowness, 1.0);
        long? answeredAt = wait is double w && at + (long)(w * 60) < EndSeconds ? at + (long)(w * 60) : null;
        email.Write(string.Create(CultureInfo.InvariantCulture,
            $"MAIL-{n},{brand.Name},email,{Iso(at)},{(answeredAt is long a ? Iso(a) : "")},{(answeredAt is null ? Iso(EndSeconds) : "")}\n"));
        Counts.Email++;
        Counts.Unanswered += answeredAt is null ? 1 : 0;
    }

    private double LogNormalMinutes(double median, double sigma) =>
        Math.Min(median * Math.Exp(sigma * SynthBrand.Gaussian(rng)), 30 * 1440);

    public static string Iso(long seconds) =>
        SynthWriter.Start.AddSeconds(seconds).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Twitter(long seconds) =>
        SynthWriter.Start.AddSeconds(seconds).ToString("ddd MMM dd HH:mm:ss '+0000' yyyy", CultureInfo.InvariantCulture);
}
