namespace BrandPulse.Statistics.Tests;

public sealed class AalenJohansenReferenceTests
{
    /// <summary>
    /// 40 calls drawn once in Python (random.seed(13)) with many ties: "60R" reached at 60 s, "A" abandoned, "C" cut
    /// off, "N" no person offered, "B" busy (0 s), "H" hung up after the protocol wait (censored).
    /// </summary>
    private const string Sample =
        "60R 60A 60H 200R 0B 20C 240R 90H 0B 90R 0B 60C 90N 60R 200R 150A 150A 40A 240R 90N 200A 60A 180R 90A 200R " +
        "120R 240R 60R 200A 60R 120H 150R 180A 150R 20H 180R 0B 0B 60A 90C";

    [Fact]
    public void Matches_an_independent_exact_fraction_implementation()
    {
        // Given the sample
        PhoneCall[] calls = [.. Sample.Split(' ').Select(Parse)];

        // When fitted
        CumulativeIncidenceCurve curve = AalenJohansen.Fit(calls);

        // Then the values of a separate Python implementation in exact fractions (fractions.Fraction; per time:
        // F_k += S * d_k / n for every event kind, S *= (n - events) / n, then n -= events + censored), printed as floats:
        double[] times = [0, 20, 40, 60, 90, 120, 150, 180, 200, 240];
        int[] atRisk = [40, 35, 33, 32, 23, 17, 15, 11, 8, 3];
        double[] reached = [0, 0, 0, 0.10303030303030303, 0.12990777338603426, 0.15836627140974968, 0.21907773386034254,
            0.27978919631093546, 0.3708563899868248, 0.4619235836627141];
        double[] abandoned = [0, 0, 0.025757575757575757, 0.10303030303030303, 0.12990777338603426, 0.12990777338603426,
            0.19061923583662715, 0.22097496706192357, 0.2816864295125165, 0.2816864295125165];
        double[] survival = [0.875, 0.85, 0.8242424242424242, 0.6181818181818182, 0.48379446640316204, 0.4553359683794466,
            0.3339130434782609, 0.24284584980237153, 0.09106719367588932, 0.0];
        Assert.Equal(times, curve.Steps.Select(s => s.Seconds));
        Assert.Equal(atRisk, curve.Steps.Select(s => s.AtRisk));
        for (int i = 0; i < times.Length; i++)
        {
            Assert.Equal(reached[i], curve.Steps[i].ReachedPersonIncidence, 1e-12);
            Assert.Equal(abandoned[i], curve.Steps[i].AbandonedIncidence, 1e-12);
            Assert.Equal(survival[i], curve.Steps[i].AllCauseSurvival, 1e-12);
        }

        // F tops out at 0.462 < 0.5: the median is not reached although every call has ended
        Assert.Null(curve.Median());

        // and the 3-minute share: 4 calls censored before 180 s are undetermined; 10 of the other 36 reached a person
        // within 180 s (0.2778); 8 hung up inside 180 s (7 before it, one at exactly 180 s: inside the limit, as a person
        // reached then would count), so the convention is 10 / 28 = 0.3571 (counted in Python)
        ThreeMinuteShare share = ThreeMinuteShare.Of(calls);
        Assert.Equal((10, 36, 4), (share.Share.Successes, share.Share.Trials, share.Undetermined));
        Assert.Equal((10, 28), (share.CallCentreConvention.Successes, share.CallCentreConvention.Trials));
    }

    private static PhoneCall Parse(string token)
    {
        double seconds = double.Parse(token[..^1], System.Globalization.CultureInfo.InvariantCulture);
        PhoneOutcome outcome = token[^1] switch
        {
            'R' => PhoneOutcome.ReachedPerson,
            'A' => PhoneOutcome.Abandoned,
            'C' => PhoneOutcome.CutOff,
            'N' => PhoneOutcome.NoPersonOffered,
            'B' => PhoneOutcome.BusyNoAnswer,
            _ => PhoneOutcome.HungUpAfterProtocolWait,
        };
        return new PhoneCall(seconds, outcome);
    }
}
