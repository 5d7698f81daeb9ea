using System.Globalization;
using System.Text;
using BrandPulse.Bench.Synth;

namespace BrandPulse.Bench;

/// <summary><c>append</c>: new e-mail complaints for one brand (a manual CSV), for the incremental rebuild.</summary>
internal static class AppendCommand
{
    public static int Run(string[] args)
    {
        var a = new Args(args);
        var rng = new Random((int)a.Number("seed", 7));
        long span = (long)(SynthWriter.End - SynthWriter.Start).TotalSeconds;
        var text = new StringBuilder("ref,brand,channel,complained_at,answered_at,observed_until\n");
        for (long i = 0; i < a.Number("complaints", 25); i++)
        {
            long at = span - 20 * 86_400 + rng.NextInt64(10 * 86_400);
            long answered = at + 600 + rng.NextInt64(86_400);
            text.Append(CultureInfo.InvariantCulture,
                $"NEW-{a.Number("seed", 7)}-{i},{a.Text("brand")},email,{SynthChannels.Iso(at)},{SynthChannels.Iso(answered)},\n");
        }

        File.WriteAllText(a.Text("out"), text.ToString());
        return 0;
    }
}
