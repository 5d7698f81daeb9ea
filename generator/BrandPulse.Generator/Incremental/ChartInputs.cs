using System.Security.Cryptography;
using System.Text;
using BrandPulse.Generator.Charts;

namespace BrandPulse.Generator.Incremental;

/// <summary>Everything a chart's SVG is rendered from, as bytes to hash: the title, the alt text, the words drawn on it and every point.</summary>
public static class ChartInputs
{
    /// <summary>The key a chart is kept under (<see cref="KeptFiles"/>), and the part of its brand page's key that is the chart: the hash of its inputs.</summary>
    public static string KeyOf(WaitChartModel model) => Convert.ToHexStringLower(SHA256.HashData(Of(model)));

    /// <summary>The key of each chart (<see cref="KeyOf"/>), by slug, worked out on every core.</summary>
    public static IReadOnlyDictionary<string, string> KeysOf(IReadOnlyDictionary<string, WaitChartModel> charts)
    {
        KeyValuePair<string, WaitChartModel>[] all = [.. charts];
        string[] keys = OnAllCores.Select(all, c => KeyOf(c.Value));
        return all.Select((c, i) => (c.Key, Value: keys[i])).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
    }

    public static byte[] Of(WaitChartModel model)
    {
        using var bytes = new MemoryStream();
        using var w = new BinaryWriter(bytes, Encoding.UTF8);
        w.Write(model.BrandName);
        w.Write(model.AltText);
        w.Write((int)model.Labels.Language);
        w.Write(model.Labels.XLabel);
        w.Write(model.Labels.YLabel);
        w.Write(model.Labels.Ticks.Count);
        foreach (string tick in model.Labels.Ticks)
        {
            w.Write(tick);
        }

        w.Write(model.Labels.Legend.Count);
        foreach (string legend in model.Labels.Legend)
        {
            w.Write(legend);
        }

        w.Write(model.Series.Count);
        foreach (WaitSeries s in model.Series)
        {
            w.Write(s.Channel);
            Write(w, s.Minutes);
            Write(w, s.StillWaiting);
            Write(w, s.StillWaitingAtTableTimes);
        }

        w.Flush();
        return bytes.ToArray();
    }

    private static void Write(BinaryWriter w, IReadOnlyList<double> values)
    {
        w.Write(values.Count);
        foreach (double v in values)
        {
            w.Write(v);
        }
    }
}
