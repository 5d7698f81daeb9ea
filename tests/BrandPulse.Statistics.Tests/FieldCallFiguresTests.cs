namespace BrandPulse.Statistics.Tests;

public sealed class FieldCallFiguresTests
{
    [Fact]
    public void Field_figures_count_each_rule_over_the_calls_that_recorded_it()
    {
        // Given four field calls
        FieldCall[] calls =
        [
            // asked at 100 s, reached at 250 s: 150 s from asking (within 3 min), es asked and served, code given
            new(new PhoneCall(250, PhoneOutcome.ReachedPerson), 100, MenuOfferedPerson: true, "es", "es", TrackingCode: true),
            // asked at 20 s, reached at 400 s: 380 s from asking; asked in Catalan, served in Spanish; no code
            new(new PhoneCall(400, PhoneOutcome.ReachedPerson), 20, MenuOfferedPerson: false, "ca", "es", TrackingCode: false),
            // asked at 30 s, cut off at 90 s: a failure on both clocks
            new(new PhoneCall(90, PhoneOutcome.CutOff), 30, MenuOfferedPerson: false),
            // busy: nothing else recorded
            new(new PhoneCall(0, PhoneOutcome.BusyNoAnswer)),
        ];

        // When computed
        FieldCallFigures figures = FieldCallFigures.Of(calls, 20, 7, "field");

        // Then from asking: 1 of 3 within 3 minutes. Median on the asking clock (cut 60, reached 150, reached 380):
        // at 60 s n = 3, cut 1 -> S = 2/3; at 150 s n = 2 -> F = 2/3 * 1/2 = 1/3, S = 1/3; at 380 s n = 1 -> F = 2/3 >= 0.5.
        Assert.Equal((1, 3), (figures.AskedToPerson.Share.Successes, figures.AskedToPerson.Share.Trials));
        Assert.Equal(380, figures.AskedToPersonMedian.Seconds);
        Assert.Equal((1, 3, 2), (figures.MenuOfferedPerson.Successes, figures.MenuOfferedPerson.Trials, figures.MenuOfferedPerson.Failures));
        Assert.Equal((3, 4, 1), (figures.NotCutOff.Successes, figures.NotCutOff.Trials, figures.NotCutOff.Failures));
        Assert.Equal((1, 2), (figures.ServedInLanguageAsked.Successes, figures.ServedInLanguageAsked.Trials));
        Assert.Equal((1, 2, 1), (figures.TrackingCodeGiven.Successes, figures.TrackingCodeGiven.Trials, figures.TrackingCodeGiven.Failures));
    }

    [Fact]
    public void Asking_for_a_person_after_the_call_ended_is_refused()
    {
        FieldCall[] calls = [new(new PhoneCall(50, PhoneOutcome.ReachedPerson), AskedPersonSeconds: 60)];
        Assert.Throws<ArgumentException>(() => FieldCallFigures.Of(calls, 10, 1, "x"));
    }
}
