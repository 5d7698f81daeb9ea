using BrandPulse.Data.Import;
using BrandPulse.Data.Model;
using static BrandPulse.Data.Tests.Import.Field.FieldExport;

namespace BrandPulse.Data.Tests.Import.Field;

/// <summary>
/// Issue 14's rejections at their edges: every phase out of order, the 3-hour limit and the protocol's wait to the
/// second, the campaign's dates in its own time zone whatever offset the phone wrote, and answers past the
/// observation window (kept, as unanswered).
/// </summary>
public sealed class FieldExportBoundaryTests
{
    [Theory]
    [InlineData("asked_person_at", "2027-01-12T09:00:10+01:00", "phases out of order: asked_person_at is before connected_at")]
    [InlineData("ended_at", "2027-01-12T09:02:40+01:00", "phases out of order: ended_at is before person_at")]
    [InlineData("connected_at", "2027-01-12T07:59:59Z", "phases out of order: connected_at is before dialed_at")]
    public void Every_call_phase_out_of_order_is_rejected_naming_the_phase(string column, string value, string reason)
    {
        ImportIssue issue = OnlyIssue(Call().With(column, value));

        Assert.Equal(("export.csv", 2, column, reason), (issue.File, issue.Line, issue.Field, issue.Reason));
    }

    [Fact]
    public void A_written_answer_before_the_complaint_or_a_real_answer_before_the_first_is_out_of_order()
    {
        BrandPulse.Data.Import.Field.FieldExport export = Parse(
            Mail("before-sent").With("first_answer_at", "2027-01-29T19:59:00+01:00").With("first_answer_kind", "automatic"),
            Mail("real-first").With("first_answer_at", "2027-01-30T10:00:00+01:00").With("first_answer_kind", "automatic")
                .With("real_answer_at", "2027-01-30T09:00:00+01:00"));

        Assert.Equal(
            ["export.csv:2:first_answer_at: phases out of order: first_answer_at is before sent_at",
             "export.csv:3:real_answer_at: phases out of order: real_answer_at is before first_answer_at"],
            export.Campaigns.SelectMany(c => c.Issues).Select(i => i.ToString()));
        Assert.Empty(export.Campaigns.SelectMany(c => c.Complaints));
    }

    [Fact]
    public void A_call_of_exactly_3_hours_is_kept_and_one_second_more_is_rejected()
    {
        BrandPulse.Data.Import.Field.FieldExport export = Parse(
            Call("three-hours").With("ended_at", "2027-01-12T12:00:00+01:00"),
            Call("over").With("ended_at", "2027-01-12T12:00:01+01:00"));

        Assert.Equal("three-hours", Assert.Single(export.Campaigns.SelectMany(c => c.Complaints)).SourceKey);
        ImportIssue issue = Assert.Single(export.Campaigns.SelectMany(c => c.Issues));
        Assert.Equal((3, "ended_at", "a call over 3 hours (180 minutes from dialed_at): check the taps"), (issue.Line, issue.Field, issue.Reason));
    }

    [Fact]
    public void Hanging_up_at_the_protocols_wait_is_kept_and_a_second_earlier_is_a_protocol_breach()
    {
        // Given two calls hung up without a person, 180 s and 179 s after the line connected (09:00:20)
        Dictionary<string, string> gaveUp = Call().With("person_at", "").With("outcome", "hung_up_after_wait");

        BrandPulse.Data.Import.Field.FieldExport export = Parse(
            gaveUp.With("attempt_id", "waited").With("ended_at", "2027-01-12T09:03:20+01:00"),
            gaveUp.With("attempt_id", "breach").With("ended_at", "2027-01-12T09:03:19+01:00"));

        ComplaintInput kept = Assert.Single(export.Campaigns.SelectMany(c => c.Complaints));
        Assert.Equal(("waited", PhoneOutcomes.Abandoned, 180_000L, (long?)null), (kept.SourceKey, kept.Outcome, kept.ObservedUntilMs - kept.ComplainedAtMs, kept.FirstResponseAtMs));
        ImportIssue issue = Assert.Single(export.Campaigns.SelectMany(c => c.Issues));
        Assert.Equal((3, "ended_at"), (issue.Line, issue.Field));
        Assert.StartsWith("protocol breach: hung up after 179 s", issue.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2027-01-31T23:30:00+01:00", null)] // the last evening, Madrid time
    [InlineData("2027-01-31T22:30:00Z", null)] // the same evening, written in UTC
    [InlineData("2027-01-31T23:30:00Z", "2027-02-01 is outside the campaign's dates (2027-01-10 to 2027-01-31)")] // 00:30 on 1 February in Madrid
    [InlineData("2027-01-09T23:30:00Z", null)] // 00:30 on 10 January in Madrid: the first day
    [InlineData("2027-01-10T00:30:00+05:00", "2027-01-09 is outside the campaign's dates (2027-01-10 to 2027-01-31)")] // a phone abroad, still the 9th in Madrid
    public void A_calls_date_is_the_campaigns_local_date_whatever_offset_the_phone_wrote(string dialed, string? reason)
    {
        // Given a call whose every phase is shifted to start at the given moment
        DateTimeOffset at = DateTimeOffset.Parse(dialed, System.Globalization.CultureInfo.InvariantCulture);
        string Plus(int seconds) => at.AddSeconds(seconds).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
        Dictionary<string, string> call = Call().With("dialed_at", dialed).With("connected_at", Plus(20)).With("asked_person_at", Plus(60))
            .With("person_at", Plus(170)).With("ended_at", Plus(600));

        BrandPulse.Data.Import.Field.FieldExport export = Parse(call);

        if (reason is null)
        {
            Assert.Single(export.Campaigns.SelectMany(c => c.Complaints));
            Assert.Empty(export.Campaigns.SelectMany(c => c.Issues));
        }
        else
        {
            Assert.Empty(export.Campaigns.SelectMany(c => c.Complaints));
            Assert.Equal(("dialed_at", reason), (OnlyIssue(call).Field, OnlyIssue(call).Reason));
        }
    }

    [Fact]
    public void An_answer_after_the_observation_window_is_kept_as_unanswered_with_a_warning()
    {
        // Given an e-mail answered on 13 March: the window ends 40 days after 31 January, at midnight Madrid time
        ParsedInput p = Single(Mail().With("first_answer_at", "2027-03-13T10:00:00+01:00").With("first_answer_kind", "substantive"));

        ComplaintInput mail = Assert.Single(p.Complaints);
        Assert.Null(mail.FirstResponseAtMs);
        Assert.Equal(Ms("2027-03-12T23:00:00Z"), mail.ObservedUntilMs);
        ImportIssue warning = Assert.Single(p.Issues);
        Assert.Equal((IssueKind.Warning, "first_answer_at"), (warning.Kind, warning.Field));
    }

    [Theory]
    [InlineData("channel", "email", "channel", "'email' is not the channel of contact point acme-phone (phone)")]
    [InlineData("contact", "acme-mail", "channel", "'phone' is not the channel of contact point acme-mail (email)")]
    [InlineData("brand", "", "brand", "brand is empty")]
    public void A_row_whose_brand_contact_and_channel_do_not_match_the_campaign_is_rejected(string column, string value, string field, string reason)
    {
        ImportIssue issue = OnlyIssue(Call().With(column, value));

        Assert.Equal((IssueKind.Rejected, field), (issue.Kind, issue.Field));
        Assert.Contains(reason, issue.Reason, StringComparison.Ordinal);
    }

    private static ImportIssue OnlyIssue(Dictionary<string, string> row)
    {
        BrandPulse.Data.Import.Field.FieldExport export = Parse(row);
        Assert.Empty(export.Campaigns.SelectMany(c => c.Complaints));
        return Assert.Single(export.Campaigns.SelectMany(c => c.Issues).Concat(export.Unplaced));
    }
}
