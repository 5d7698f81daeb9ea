using System.Text;
using BrandPulse.Data.Import;
using BrandPulse.Data.Import.Calls;
using BrandPulse.Data.Import.Ibm;
using BrandPulse.Data.Model;
using BrandPulse.Data.Registry;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BrandPulse.Data.Tests.Import;

/// <summary>
/// Issue 16: re-importing the same file after the answer classifier's rules changed restates the answer kinds of its
/// rows (reported as updated) on every path that stores one, not only twcs; another file never does.
/// </summary>
public sealed class RestatedAnswerKindTests
{
    private const string Sha = "sha-of-the-file";

    private static readonly long s_now = DateTimeOffset.Parse("2024-06-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();

    [Fact]
    public void An_ibm_conversation_file_read_again_updates_the_kind_the_old_rules_stored()
    {
        ParsedInput parsed = IbmCdpParser.Parse(SharedData.Path("ibm_twitter_cdp_dev.json"), Pseudonymizer.ForTests());
        ComplaintInput answered = parsed.Complaints.First(c => c.ResponseKind is not null);

        AssertRestated(parsed, answered.SourceKey, answered.ResponseKind!, answered.FirstSubstantiveAtMs);
    }

    [Fact]
    public void A_call_log_read_again_updates_the_kind_the_old_rules_stored()
    {
        ParsedInput parsed = CallLogParser.Parse(Encoding.UTF8.GetBytes(
            "brand,number_called,started_at,answered_at,abandoned_at,ref\n"
            + "Acme,+49 30 1234,2024-05-02T09:00:00+02:00,2024-05-02T09:12:30+02:00,,A1\n"
            + "Acme,+49 30 1234,2024-05-02T10:00:00Z,,2024-05-02T10:04:00Z,A2\n"), "shopper.csv", null, s_now);
        ComplaintInput answered = Assert.Single(parsed.Complaints, c => c.ResponseKind is not null);
        Assert.Equal(AnswerKinds.Human, answered.ResponseKind);

        AssertRestated(parsed, answered.SourceKey, AnswerKinds.Human, answered.FirstSubstantiveAtMs);
    }

    [Fact]
    public void Another_file_with_the_same_rows_leaves_the_stored_kind()
    {
        ParsedInput parsed = IbmCdpParser.Parse(SharedData.Path("ibm_twitter_cdp_dev.json"), Pseudonymizer.ForTests());
        string key = parsed.Complaints.First(c => c.ResponseKind is not null).SourceKey;
        using SqliteConnection db = Database.OpenInMemory();
        new ImportSession(db).Write(parsed, Sha);
        // (the kind only: a first substantive answer missing from the stored row is filled in from any file)
        Assert.Equal(1, db.Execute("UPDATE complaint SET response_kind = @OldKind WHERE source = @s AND source_key = @key;",
            new { OldKind, s = parsed.Source, key }));

        ImportSummary other = new ImportSession(db).Write(parsed, "sha-of-another-file");

        Assert.Equal(0, other.Updated);
        Assert.Equal(OldKind, db.ExecuteScalar<string>(
            "SELECT response_kind FROM complaint WHERE source = @s AND source_key = @key;", new { s = parsed.Source, key }));
    }

    private const string OldKind = "robot_only";

    private static void StoreAsTheOldRulesSaid(SqliteConnection db, string source, string key) =>
        Assert.Equal(1, db.Execute("""
            UPDATE complaint SET response_kind = @OldKind, first_substantive_at_ms = NULL WHERE source = @source AND source_key = @key;
            """, new { OldKind, source, key }));

    private static void AssertRestated(ParsedInput parsed, string key, string kind, long? substantiveAt)
    {
        Assert.NotEqual(OldKind, kind);
        using SqliteConnection db = Database.OpenInMemory();
        ImportSummary first = new ImportSession(db).Write(parsed, Sha);
        StoreAsTheOldRulesSaid(db, parsed.Source, key);
        long revision = db.ExecuteScalar<long>("""
            SELECT b.revision FROM complaint c JOIN brand b ON b.id = c.brand_id WHERE c.source = @s AND c.source_key = @key;
            """, new { s = parsed.Source, key });

        ImportSummary again = new ImportSession(db).Write(parsed, Sha);
        ImportSummary third = new ImportSession(db).Write(parsed, Sha);

        Assert.Equal((0, 1, first.Accepted - 1), (again.Accepted, again.Updated, again.Duplicates));
        Assert.Equal((0, 0, first.Accepted), (third.Accepted, third.Updated, third.Duplicates));
        Assert.Equal((kind, substantiveAt), db.QuerySingle<(string, long?)>("""
            SELECT response_kind, first_substantive_at_ms FROM complaint WHERE source = @s AND source_key = @key;
            """, new { s = parsed.Source, key }));
        Assert.NotEqual(revision, db.ExecuteScalar<long>("""
            SELECT b.revision FROM complaint c JOIN brand b ON b.id = c.brand_id WHERE c.source = @s AND c.source_key = @key;
            """, new { s = parsed.Source, key }));
    }
}
