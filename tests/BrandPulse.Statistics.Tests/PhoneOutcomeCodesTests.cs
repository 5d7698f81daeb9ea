namespace BrandPulse.Statistics.Tests;

public sealed class PhoneOutcomeCodesTests
{
    [Fact]
    public void Stored_codes_map_to_outcomes_and_unknown_codes_are_refused()
    {
        Assert.Equal(PhoneOutcome.ReachedPerson, PhoneOutcomeCodes.Parse("reached_person"));
        Assert.Equal(PhoneOutcome.BusyNoAnswer, PhoneOutcomeCodes.Parse("busy_no_answer"));
        FormatException error = Assert.Throws<FormatException>(() => PhoneOutcomeCodes.Parse("human"));
        Assert.Contains("'human'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_hang_up_is_censored_after_the_protocol_wait_and_left_out_before_it()
    {
        Assert.Equal(new PhoneCall(200, PhoneOutcome.HungUpAfterProtocolWait), PhoneOutcomeCodes.ForFieldCall("abandoned", 200, 180));
        Assert.Equal(new PhoneCall(180, PhoneOutcome.HungUpAfterProtocolWait), PhoneOutcomeCodes.ForFieldCall("abandoned", 180, 180));
        Assert.Null(PhoneOutcomeCodes.ForFieldCall("abandoned", 179, 180));
        Assert.Equal(new PhoneCall(90, PhoneOutcome.CutOff), PhoneOutcomeCodes.ForFieldCall("cut_off", 90, 180));
    }
}
