namespace BrandPulse.Statistics.Tests;

public sealed class LawVerdictResultTests
{
    [Fact]
    public void Bank_log_is_below_the_mark()
    {
        // Given the bank log's 3-minute share (upper end 0.8254)
        ThreeMinuteShare figures = ThreeMinuteShare.Of(ThreeMinuteShareTests.BankLog());

        // When judged against 95%
        LawVerdictResult verdict = LawVerdictResult.Of(figures.Share, illustrative: false, minimumCalls: 10);

        // Then
        Assert.Equal(LawVerdict.Below, verdict.Verdict);
        Assert.Equal("below", verdict.MachineValue);
        Assert.Equal(string.Empty, verdict.MoreCallsLabel);
    }

    [Theory]
    // 990/1000: Wilson lower 0.9817 >= 0.95
    [InlineData(990, 1000, "meets", null)]
    // 58/60 = 0.9667: Wilson [0.8864, 0.9908]; at the same share the lower end first reaches 0.95 with 60 + 597 calls
    // (found by stepping N = 1, 2, ... through the Wilson formula in Python)
    [InlineData(58, 60, "cannot_tell", "597")]
    // 97/100: [0.9155, 0.9897]; lower reaches 0.95 at 100 + 357
    [InlineData(97, 100, "cannot_tell", "357")]
    // 30/30: [0.8865, 1]; lower = 1 / (1 + z^2/n) >= 0.95 from n = 73, i.e. 43 more
    [InlineData(30, 30, "cannot_tell", "43")]
    // 48/50 = 0.96: still containing 0.95 with 1,050 calls
    [InlineData(48, 50, "cannot_tell", "more than 1,000")]
    // exactly on the mark: never settles
    [InlineData(190, 200, "cannot_tell", "more than 1,000")]
    // 80/100: upper 0.8666 < 0.95
    [InlineData(80, 100, "below", null)]
    public void Verdict_and_calls_needed_match_the_wilson_interval(int successes, int trials, string expected, string? moreCalls)
    {
        // Given a share, When judged
        LawVerdictResult verdict = LawVerdictResult.Of(ProportionEstimate.Of(successes, trials), illustrative: false, minimumCalls: 10);

        // Then
        Assert.Equal(expected, verdict.MachineValue);
        Assert.Equal(moreCalls ?? string.Empty, verdict.MoreCallsLabel);
    }

    [Fact]
    public void Illustrative_data_and_small_samples_get_no_verdict()
    {
        Assert.Equal("not_applicable", LawVerdictResult.Of(ProportionEstimate.Of(990, 1000), illustrative: true, minimumCalls: 10).MachineValue);
        Assert.Equal("not_applicable", LawVerdictResult.Of(ProportionEstimate.Of(9, 9), illustrative: false, minimumCalls: 10).MachineValue);
        Assert.Equal("not_applicable", LawVerdictResult.Of(ProportionEstimate.Of(0, 0), illustrative: false, minimumCalls: 0).MachineValue);
        Assert.Equal("below", LawVerdictResult.Of(ProportionEstimate.Of(0, 10), illustrative: false, minimumCalls: 10).MachineValue);
    }
}
