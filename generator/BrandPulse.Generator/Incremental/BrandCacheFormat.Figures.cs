using BrandPulse.Data.Model;
using BrandPulse.Generator.Model;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.Incremental;

public static partial class BrandCacheFormat
{
    // The entry's figures (Stored), field by field in the order of each record's constructor. As JSON they cost an
    // incremental build most of its reading of the cache: a thousand entries parsed by generic serialiser code that
    // is compiled at run time and runs unoptimised for the whole of a short build. A record that gains a field must
    // gain it here too: BrandCacheFormatTests round-trips every field of real entries.
    private static void WriteStored(BinaryWriter w, Stored s)
    {
        w.Write(s.DisplayName);
        w.Write(s.ComplaintsCsvHash);
        WriteOptional(w, s.Gap, (w, g) => WriteNumbers(w, g.Ratio, g.Lower, g.Upper));
        WriteList(w, s.Sources, (w, x) =>
        {
            w.Write(x.Source);
            w.Write(x.Complaints);
            w.Write(x.FirstMs);
            w.Write(x.LastMs);
        });
        WriteList(w, s.Channels, WriteChannel);
        WriteList(w, s.ChartChannels, (w, x) => w.Write(x));
        WriteOptional(w, s.Digests, (w, d) => WriteList(w, [.. d], (w, x) =>
        {
            w.Write(x.Key);
            w.Write(x.Value);
        }));
    }

    private static Stored ReadStored(BinaryReader r)
    {
        string displayName = r.ReadString(), csvHash = r.ReadString();
        GapEstimate? gap = ReadOptional(r, r => new GapEstimate(ReadNumber(r), ReadNumber(r), ReadNumber(r)));
        List<SourceSummary> sources = ReadList(r, r => new SourceSummary(r.ReadString(), r.ReadInt64(), r.ReadInt64(), r.ReadInt64()));
        List<StoredChannel> channels = ReadList(r, ReadChannel);
        List<string> chartChannels = ReadList(r, r => r.ReadString());
        Dictionary<string, string>? digests = ReadOptional(r, r => ReadList(r, r => (r.ReadString(), r.ReadString()))
            .ToDictionary(x => x.Item1, x => x.Item2, StringComparer.Ordinal));
        return new Stored(displayName, csvHash, gap, sources, channels, chartChannels) { Digests = digests };
    }

    private static void WriteChannel(BinaryWriter w, StoredChannel c)
    {
        w.Write(c.Channel);
        WriteSummary(w, c.Summary);
        WriteShare(w, c.Within3Min);
        w.Write((int)c.Status);
        w.Write(c.Illustrative);
        w.Write(c.SelectedBecauseAnswered);
        w.Write(c.LeftOutForQuality);
        w.Write(c.PeriodStartMs);
        w.Write(c.PeriodEndMs);
        w.Write(c.AnsweredOnlyShare);
        WriteTrend(w, c.Trend);
        WriteCounts(w, c.KindCounts);
        w.Write(c.KindsClassified);
        WriteOptional(w, c.Substantive, WriteSummary);
        WriteNumbers(w, c.MedianPoint);
        WriteOptional(w, c.Law, WriteLaw);
    }

    private static StoredChannel ReadChannel(BinaryReader r) => new(r.ReadString(), ReadSummary(r), ReadShare(r),
        (FigureStatus)r.ReadInt32(), r.ReadBoolean(), r.ReadBoolean(), r.ReadInt32(), r.ReadInt64(), r.ReadInt64(), r.ReadDouble(),
        ReadTrend(r), ReadCounts(r), r.ReadInt32(), ReadOptional(r, ReadSummary), ReadNumber(r), ReadOptional(r, ReadLaw));

    private static void WriteLaw(BinaryWriter w, ChannelLawFigures law)
    {
        WriteOptional(w, law.Phone, (w, p) =>
        {
            WriteThreeMinutes(w, p.ThreeMinutes);
            WriteMedian(w, p.Median);
            WriteVerdict(w, p.Verdict);
            WriteOptional(w, p.Field, (w, f) =>
            {
                WriteThreeMinutes(w, f.AskedToPerson);
                WriteMedian(w, f.AskedToPersonMedian);
                foreach (ProportionEstimate e in new[] { f.MenuOfferedPerson, f.NotCutOff, f.ServedInLanguageAsked, f.TrackingCodeGiven })
                {
                    WriteProportion(w, e);
                }
            });
            WriteOptional(w, p.AskedVerdict, WriteVerdict);
            w.Write(p.BrokeProtocol);
            WriteCounts(w, p.Outcomes);
        });
        WriteOptional(w, law.Written, (w, x) =>
        {
            WriteShare(w, x.Figures.AnsweredOnTime);
            foreach (int n in new[] { x.Figures.N, x.Figures.OnTime, x.Figures.Late, x.Figures.Open, x.Figures.Undetermined, x.NoCalendar })
            {
                w.Write(n);
            }

            WriteList(w, x.Regions, (w, s) => w.Write(s));
        });
        w.Write(law.Volunteers);
        WriteList(w, law.Campaigns, (w, s) => w.Write(s));
        WriteProportion(w, law.AnsweredInComplaintLanguage);
        w.Write(law.StartingPoint);
    }

    private static ChannelLawFigures ReadLaw(BinaryReader r) => new(
        ReadOptional(r, r => new PhoneLawFigures(ReadThreeMinutes(r), ReadMedian(r), ReadVerdict(r),
            ReadOptional(r, r => new FieldCallFigures(ReadThreeMinutes(r), ReadMedian(r), ReadProportion(r), ReadProportion(r),
                ReadProportion(r), ReadProportion(r))),
            ReadOptional(r, ReadVerdict), r.ReadInt32(), ReadCounts(r), [])),
        ReadOptional(r, r => new WrittenLawFigures(
            new WrittenComplaintFigures(ReadShare(r), r.ReadInt32(), r.ReadInt32(), r.ReadInt32(), r.ReadInt32(), r.ReadInt32()),
            r.ReadInt32(), ReadList(r, r => r.ReadString()))),
        r.ReadInt32(), ReadList(r, r => r.ReadString()), ReadProportion(r), r.ReadBoolean());

    private static void WriteThreeMinutes(BinaryWriter w, ThreeMinuteShare t)
    {
        WriteProportion(w, t.Share);
        WriteProportion(w, t.CallCentreConvention);
        w.Write(t.AbandonedBeforeLimit);
        w.Write(t.Undetermined);
    }

    private static ThreeMinuteShare ReadThreeMinutes(BinaryReader r) => new(ReadProportion(r), ReadProportion(r), r.ReadInt32(), r.ReadInt32());

    private static void WriteMedian(BinaryWriter w, PhoneMedianEstimate m)
    {
        WriteNumbers(w, m.Seconds, m.LowerSeconds, m.UpperSeconds);
        w.Write(m.Replicates);
    }

    private static PhoneMedianEstimate ReadMedian(BinaryReader r) => new(ReadNumber(r), ReadNumber(r), ReadNumber(r), r.ReadInt32());

    private static void WriteVerdict(BinaryWriter w, LawVerdictResult v)
    {
        w.Write((int)v.Verdict);
        WriteOptional(w, v.MoreCallsNeeded, (w, n) => w.Write(n));
        w.Write(v.MoreThanCap);
    }

    private static LawVerdictResult ReadVerdict(BinaryReader r) =>
        new((LawVerdict)r.ReadInt32(), r.ReadBoolean() ? r.ReadInt32() : null, r.ReadBoolean());

    private static void WriteProportion(BinaryWriter w, ProportionEstimate p)
    {
        w.Write(p.Successes);
        w.Write(p.Trials);
        WriteShare(w, p.Share);
    }

    private static ProportionEstimate ReadProportion(BinaryReader r) => new(r.ReadInt32(), r.ReadInt32(), ReadShare(r));

    /// <summary>A summary as N, answered and its 18 estimates (the empty ones flagged), as a month of the trend is stored.</summary>
    private static void WriteSummary(BinaryWriter w, ResponseSummary s)
    {
        Span<double?> values = stackalloc double?[18];
        Estimates(s, values);
        w.Write(s.N);
        w.Write(s.Answered);
        int empty = 0;
        for (int i = 0; i < values.Length; i++)
        {
            empty |= values[i] is null ? 1 << i : 0;
        }

        w.Write(empty);
        foreach (double? value in values)
        {
            w.Write(value ?? 0);
        }
    }

    private static ResponseSummary ReadSummary(BinaryReader r)
    {
        Span<double?> v = stackalloc double?[18];
        int n = r.ReadInt32(), answered = r.ReadInt32(), empty = r.ReadInt32();
        for (int i = 0; i < v.Length; i++)
        {
            double value = r.ReadDouble();
            v[i] = (empty & (1 << i)) != 0 ? null : value;
        }

        return new ResponseSummary(n, answered,
            new ShareEstimate(v[0], v[1], v[2]), new QuantileEstimate(v[3], v[4], v[5]), new QuantileEstimate(v[6], v[7], v[8]),
            new ShareEstimate(v[9], v[10], v[11]), new ShareEstimate(v[12], v[13], v[14]), new ShareEstimate(v[15], v[16], v[17]));
    }

    private static void WriteShare(BinaryWriter w, ShareEstimate s) => WriteNumbers(w, s.Value, s.Lower, s.Upper);

    private static ShareEstimate ReadShare(BinaryReader r) => new(ReadNumber(r), ReadNumber(r), ReadNumber(r));

    private static void WriteCounts(BinaryWriter w, IReadOnlyDictionary<string, int> counts) =>
        WriteList(w, [.. counts], (w, x) =>
        {
            w.Write(x.Key);
            w.Write(x.Value);
        });

    private static Dictionary<string, int> ReadCounts(BinaryReader r) => ReadList(r, r => (r.ReadString(), r.ReadInt32()))
        .ToDictionary(x => x.Item1, x => x.Item2);
}
