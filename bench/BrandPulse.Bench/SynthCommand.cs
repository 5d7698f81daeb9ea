using System.Diagnostics;
using System.Globalization;
using BrandPulse.Bench.Synth;

namespace BrandPulse.Bench;

/// <summary><c>generate</c>: writes a synthetic data set and prints its counts as key=value lines.</summary>
internal static class SynthCommand
{
    public static int Run(string[] args)
    {
        var a = new Args(args);
        var clock = Stopwatch.StartNew();
        SynthCounts counts = new SynthWriter((int)a.Number("brands"), a.Number("complaints"), (int)a.Number("seed", 42),
            a.Text("out")).Write();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"twitter={counts.Twitter}\nphone={counts.Phone}\nemail={counts.Email}\nunanswered={counts.Unanswered}\ntweets={counts.Tweets}\ngenerate_s={clock.Elapsed.TotalSeconds:0.0}"));
        return 0;
    }
}
