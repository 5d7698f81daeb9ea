using System.Data.Common;
using BrandPulse.Data.Import;
using BrandPulse.Data.Import.Text;
using BrandPulse.Data.Model;
using BrandPulse.Data.Store;
using static BrandPulse.Data.Tests.Import.Field.FieldExport;

namespace BrandPulse.Data.Tests.Import.Field;

public sealed class FieldExportParserTests
{
    [Fact]
    public void A_call_that_reached_a_person_starts_at_connection_and_keeps_every_phase()
    {
        ParsedInput p = Single(Call());

        ComplaintInput c = Assert.Single(p.Complaints);
        Assert.Equal(("field:madrid-2027", "call-1", Channels.Phone, "Acme"), (p.Source, c.SourceKey, c.Channel, c.BrandName));
        Assert.Equal(Ms("2027-01-12T08:00:20Z"), c.ComplainedAtMs);
        Assert.Equal(150_000, c.FirstResponseAtMs - c.ComplainedAtMs);
        Assert.Equal(c.FirstResponseAtMs, c.ObservedUntilMs);
        Assert.Equal((Ms("2027-01-12T08:00:00Z"), Ms("2027-01-12T08:01:00Z")), (c.DialedAtMs!.Value, c.AskedPersonAtMs!.Value));
        Assert.Equal((PhoneOutcomes.ReachedPerson, AnswerKinds.Human, false, true), (c.Outcome, c.ResponseKind, c.MenuOfferedPerson!.Value, c.TrackingCode!.Value));
        Assert.Equal(("ca", "es", "madrid-2027", false), (c.ComplaintLanguage, c.AnswerLanguage, c.Campaign, c.Illustrative));
        Assert.Matches("^[0-9a-f]{16}$", c.ContributorPseudonym);
        Assert.Empty(p.Issues);
    }

    [Theory]
    [InlineData("hung_up_after_wait", "2027-01-12T09:05:00+01:00", PhoneOutcomes.Abandoned, 280_000)]
    [InlineData("cut_off", "2027-01-12T09:01:00+01:00", PhoneOutcomes.CutOff, 40_000)]
    [InlineData("no_person_offered", "2027-01-12T09:02:00+01:00", PhoneOutcomes.NoPersonOffered, 100_000)]
    public void A_call_without_a_person_ends_when_the_call_ended(string outcome, string ended, string stored, long observed)
    {
        ComplaintInput c = Assert.Single(Single(Call().With("person_at", "").With("ended_at", ended).With("outcome", outcome)).Complaints);

        Assert.Equal((stored, (long?)null, (string?)null), (c.Outcome, c.FirstResponseAtMs, c.ResponseKind));
        Assert.Equal(observed, c.ObservedUntilMs - c.ComplainedAtMs);
    }

    [Fact]
    public void A_busy_line_starts_when_dialled_and_ends_with_the_ringing()
    {
        ComplaintInput c = Assert.Single(Single(Call().With("connected_at", "").With("asked_person_at", "").With("person_at", "")
            .With("ended_at", "2027-01-12T09:00:30+01:00").With("outcome", "busy_no_answer")).Complaints);

        Assert.Equal((PhoneOutcomes.BusyNoAnswer, Ms("2027-01-12T08:00:00Z"), 30_000L), (c.Outcome, c.ComplainedAtMs, c.ObservedUntilMs - c.ComplainedAtMs));
        Assert.Null(c.FirstResponseAtMs);
    }

    [Theory]
    [InlineData("connected_at", "2027-01-12T08:59:00+01:00", "connected_at", "phases out of order: connected_at is before dialed_at")]
    [InlineData("person_at", "2027-01-12T09:00:50+01:00", "person_at", "phases out of order: person_at is before asked_person_at")]
    [InlineData("ended_at", "2027-01-12T12:30:00+01:00", "ended_at", "a call over 3 hours (210 minutes from dialed_at): check the taps")]
    [InlineData("dialed_at", "2027-01-09T23:59:00+01:00", "dialed_at", "2027-01-09 is outside the campaign's dates (2027-01-10 to 2027-01-31)")]
    [InlineData("brand", "Globex", "brand", "unknown brand 'Globex': campaign madrid-2027 has Acme")]
    [InlineData("contact", "acme-fax", "contact", "unknown contact point 'acme-fax' for brand Acme in campaign madrid-2027")]
    [InlineData("campaign", "bilbao-2027", "campaign", "campaign 'bilbao-2027' is not loaded: load its file first (brandpulse collect campaign load FILE)")]
    [InlineData("language_asked", "fr", "language_asked", "'fr' is not a language code: use one of es, ca, gl, eu, en, other or leave it empty")]
    [InlineData("outcome", "gave_up", "outcome", "'gave_up' is not one of reached_person, hung_up_after_wait, cut_off, busy_no_answer, no_person_offered")]
    [InlineData("ended_at", "2027-01-12 09:10", "ended_at", "'2027-01-12 09:10' has no UTC offset: write it like 2024-05-02T09:00:00+02:00 or ...Z")]
    public void A_bad_call_is_rejected_with_file_line_field_and_reason(string column, string value, string field, string reason)
    {
        BrandPulse.Data.Import.Field.FieldExport export = Parse(Call("ok"), Call("bad").With(column, value));

        ImportIssue issue = Assert.Single(export.Campaigns.SelectMany(c => c.Issues).Concat(export.Unplaced));
        Assert.Equal((IssueKind.Rejected, "export.csv", 3, field, reason), (issue.Kind, issue.File, issue.Line, issue.Field, issue.Reason));
        Assert.Equal(1, export.Rejected);
        Assert.Equal("ok", Assert.Single(export.Campaigns.SelectMany(c => c.Complaints)).SourceKey);
    }

    [Fact]
    public void A_call_given_up_before_the_protocols_wait_is_a_protocol_breach_left_out()
    {
        BrandPulse.Data.Import.Field.FieldExport export = Parse(
            Call().With("person_at", "").With("outcome", "hung_up_after_wait").With("ended_at", "2027-01-12T09:02:00+01:00"));

        ParsedInput p = Assert.Single(export.Campaigns);
        Assert.Empty(p.Complaints);
        ImportIssue issue = Assert.Single(p.Issues);
        Assert.Equal((IssueKind.Rejected, 2, "ended_at"), (issue.Kind, issue.Line, issue.Field));
        Assert.Equal("protocol breach: hung up after 100 s, before the protocol's 180 s wait; left out of the figures", issue.Reason);
        Assert.Equal(1, p.Counts["protocol_breaches"]);
    }

    [Fact]
    public void A_written_complaint_outside_the_dates_is_rejected_but_an_answer_in_the_observation_window_counts()
    {
        ParsedInput p = Single(
            Mail("late-answer").With("first_answer_at", "2027-02-20T10:00:00+01:00").With("first_answer_kind", "substantive").With("answer_language", "es"),
            Mail("too-late").With("sent_at", "2027-02-01T10:00:00+01:00"));

        ComplaintInput c = Assert.Single(p.Complaints);
        Assert.Equal((Ms("2027-02-20T09:00:00Z"), Ms("2027-02-20T09:00:00Z")), (c.FirstResponseAtMs!.Value, c.FirstSubstantiveAtMs!.Value));
        Assert.Equal((Channels.Email, AnswerKinds.Substantive, "eu", "es"), (c.Channel, c.ResponseKind, c.ComplaintLanguage, c.AnswerLanguage));
        Assert.Equal("export.csv:3:sent_at: 2027-02-01 is outside the campaign's dates (2027-01-10 to 2027-01-31)", Assert.Single(p.Issues).ToString());
    }

    [Fact]
    public void A_written_complaint_still_waiting_is_observed_to_the_end_of_the_window_and_an_automatic_reply_is_not_the_answer()
    {
        ParsedInput p = Single(
            Mail("waiting"),
            Mail("ack").With("first_answer_at", "2027-01-29T20:01:00+01:00").With("first_answer_kind", "automatic"),
            Mail("repeat").With("first_answer_at", "2027-02-02T10:00:00+01:00").With("first_answer_kind", "repeat"),
            Mail("order").With("first_answer_at", "2027-01-29T19:00:00+01:00").With("first_answer_kind", "automatic"));

        ComplaintInput waiting = p.Complaints[0], ack = p.Complaints[1], repeat = p.Complaints[2];
        Assert.Equal(Ms("2027-03-12T23:00:00Z"), waiting.ObservedUntilMs); // 31 January + 40 days, Madrid midnight
        Assert.Null(waiting.FirstResponseAtMs);
        Assert.Equal((AnswerKinds.Automatic, (long?)null), (ack.ResponseKind, ack.FirstSubstantiveAtMs));
        Assert.Equal((AnswerKinds.Repeat, repeat.FirstResponseAtMs), (repeat.ResponseKind, repeat.FirstSubstantiveAtMs));
        Assert.Equal("export.csv:5:first_answer_at: phases out of order: first_answer_at is before sent_at", Assert.Single(p.Issues).ToString());
    }

    [Fact]
    public void An_updated_export_updates_the_answer_and_never_adds_a_complaint()
    {
        using DbConnection db = Database.OpenInMemory();
        ImportSummary first = new ImportSession(db).Write(Single(Mail(), Call()));

        ImportSummary second = new ImportSession(db).Write(Single(
            Mail().With("first_answer_at", "2027-01-29T20:01:00+01:00").With("first_answer_kind", "automatic")
                .With("real_answer_at", "2027-02-05T12:00:00+01:00").With("answer_language", "es").With("tracking_code", "yes"),
            Call()));

        Assert.Equal((2, 0), (first.Accepted, first.Updated));
        Assert.Equal((0, 1, 1), (second.Accepted, second.Updated, second.Duplicates));
        ComplaintRow mail = Assert.Single(SnapshotReader.Read(db).Complaints, r => r.Channel == Channels.Email);
        Assert.Equal((Ms("2027-01-29T19:01:00Z"), Ms("2027-02-05T11:00:00Z")), (mail.FirstResponseAtMs!.Value, mail.FirstSubstantiveAtMs!.Value));
        Assert.Equal((AnswerKinds.Automatic, "es", true, "madrid-2027"), (mail.ResponseKind, mail.AnswerLanguage, mail.TrackingCode!.Value, mail.Campaign));
        Assert.Equal(2, SnapshotReader.Read(db).Complaints.Count);
        Assert.False(SnapshotReader.Read(db).DataSets["field:madrid-2027"]);
    }

    [Fact]
    public void Volunteers_with_the_same_name_on_two_devices_stay_apart_and_are_tallied_by_pseudonym()
    {
        BrandPulse.Data.Import.Field.FieldExport export = Parse(
            Call("1", "Ana", "dev1"), Call("2", "Ana", "dev2"), Call("3", "Ana", "dev2").With("brand", "Globex"));

        string[] pseudonyms = [.. export.Campaigns[0].Complaints.Select(c => c.ContributorPseudonym!)];
        Assert.NotEqual(pseudonyms[0], pseudonyms[1]);
        Assert.Equal(
            new[] { (pseudonyms[0][..8], 1, 0), (pseudonyms[1][..8], 1, 1) }.OrderBy(t => t.Item1, StringComparer.Ordinal),
            export.Volunteers.Select(v => (v.Pseudonym, v.Accepted, v.Rejected)));
        Assert.DoesNotContain(export.Volunteers, v => v.Pseudonym.Contains("Ana", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_column_stops_the_import_naming_it()
    {
        byte[] csv = System.Text.Encoding.UTF8.GetBytes("attempt_id,campaign\nx,y\n");

        ImportFormatException e = Assert.Throws<ImportFormatException>(() =>
            BrandPulse.Data.Import.Field.FieldExportParser.Parse(csv, "export.csv", [FieldExport.Campaign], BrandPulse.Data.Registry.Pseudonymizer.ForTests(), Now));

        Assert.StartsWith("export.csv:1: missing column brand, contact", e.Message);
    }
}
