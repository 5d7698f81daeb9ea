using System.Text;
using BrandPulse.Generator.Charts;

namespace BrandPulse.Generator.Incremental;

/// <summary>Everything a chart's SVG is rendered from, as bytes to hash: the title, the alt text and every point.</summary>
public static class ChartInputs
{
    public static byte[] Of(WaitChartModel model)
    {
        using var bytes = new MemoryStream();
        using var w = new BinaryWriter(bytes, Encoding.UTF8);
        w.Write(model.BrandName);
        w.Write(model.AltText);
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
