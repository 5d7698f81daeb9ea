using System.Data.Common;
using BrandPulse.Data.Import;
using BrandPulse.Data.Model;
using BrandPulse.Data.Store;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BrandPulse.Data.Tests.Store;

/// <summary>The columns of schema 4 go in, come back out in the snapshot, and a later answer updates the row.</summary>
public sealed class FieldColumnsTests
{
    private static ParsedInput Input(params ComplaintInput[] complaints) =>
        new("field:demo", "export.csv", complaints, [], new Dictionary<string, long>());

    private static readonly ComplaintInput s_call = new("field:demo", "call-1", Channels.Phone, null, "Acme",
        ComplainedAtMs: 1_000_000, FirstResponseAtMs: 1_150_000, ObservedUntilMs: 1_150_000,
        ResponseKind: AnswerKinds.Human, FirstSubstantiveAtMs: 1_150_000, Outcome: PhoneOutcomes.ReachedPerson,
        DialedAtMs: 990_000, AskedPersonAtMs: 1_060_000, MenuOfferedPerson: false, ComplaintLanguage: Languages.Catalan,
        AnswerLanguage: Languages.Spanish, TrackingCode: true, Campaign: "demo", ContributorPseudonym: "abc123");

    private static readonly ComplaintInput s_email = new("field:demo", "mail-1", Channels.Email, null, "Acme",
        ComplainedAtMs: 5_000_000, FirstResponseAtMs: null, ObservedUntilMs: 6_000_000,
        ComplaintLanguage: Languages.Basque, Campaign: "demo", ContributorPseudonym: "abc123");

    [Fact]
    public void A_field_call_keeps_every_phase_and_answer_in_the_snapshot()
    {
        using DbConnection db = Database.OpenInMemory();
        new ImportSession(db).Write(Input(s_call));

        ComplaintRow row = Assert.Single(SnapshotReader.Read(db).Complaints);

        Assert.Equal(PhoneOutcomes.ReachedPerson, row.Outcome);
        Assert.Equal((990_000L, 1_060_000L), (row.DialedAtMs!.Value, row.AskedPersonAtMs!.Value));
        Assert.Equal((false, true), (row.MenuOfferedPerson!.Value, row.TrackingCode!.Value));
        Assert.Equal(("ca", "es", "demo", "abc123"), (row.ComplaintLanguage, row.AnswerLanguage, row.Campaign, row.ContributorPseudonym));
    }

    [Fact]
    public void An_answer_that_arrives_in_a_later_export_updates_the_complaint_and_never_adds_one()
    {
        using DbConnection db = Database.OpenInMemory();
        new ImportSession(db).Write(Input(s_email));

        ComplaintInput answered = s_email with
        {
            FirstResponseAtMs = 5_500_000,
            ResponseKind = AnswerKinds.Automatic,
            FirstSubstantiveAtMs = 7_000_000,
            ObservedUntilMs = 7_000_000,
            AnswerLanguage = Languages.Spanish,
            TrackingCode = true,
        };
        ImportSummary later = new ImportSession(db).Write(Input(answered));
        ImportSummary again = new ImportSession(db).Write(Input(answered));

        Assert.Equal((0, 1, 0), (later.Accepted, later.Updated, later.Duplicates));
        Assert.Equal((0, 0, 1), (again.Accepted, again.Updated, again.Duplicates));
        ComplaintRow row = Assert.Single(SnapshotReader.Read(db).Complaints);
        Assert.Equal((5_500_000L, 7_000_000L, AnswerKinds.Automatic), (row.FirstResponseAtMs!.Value, row.FirstSubstantiveAtMs!.Value, row.ResponseKind));
        Assert.Equal(("eu", "es", true), (row.ComplaintLanguage, row.AnswerLanguage, row.TrackingCode!.Value));
    }

    [Fact]
    public void An_edition_cut_before_a_person_answered_shows_the_call_without_its_outcome()
    {
        using DbConnection db = Database.OpenInMemory();
        new ImportSession(db).Write(Input(s_call));

        ComplaintRow row = Assert.Single(SnapshotReader.Read(db, cutoffMs: 1_100_000).Complaints);

        Assert.Null(row.FirstResponseAtMs);
        Assert.Null(row.Outcome);
        Assert.Null(row.AnswerLanguage);
        Assert.Equal(1, db.ExecuteScalar<long>("SELECT count(*) FROM complaint WHERE outcome = 'reached_person'"));
    }
}
