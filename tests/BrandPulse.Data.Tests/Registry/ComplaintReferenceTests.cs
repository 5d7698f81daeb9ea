using System.Buffers.Binary;
using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using BrandPulse.Data.Import;
using BrandPulse.Data.Model;
using BrandPulse.Data.Registry;
using BrandPulse.Data.Store;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BrandPulse.Data.Tests.Registry;

/// <summary>Public reference codes: keyed, stable, unique, short (issue 15 point 8).</summary>
public sealed partial class ComplaintReferenceTests
{
    private static readonly Pseudonymizer TestKey = Pseudonymizer.ForTests();

    [Fact]
    public void A_code_is_BP_and_twelve_Crockford_characters_of_the_keyed_hash_of_source_and_key()
    {
        string code = ComplaintReference.Of(TestKey, "twcs:sample", "12345");

        Assert.Matches(CodeShape(), code);
        Assert.Equal(Independent("brandpulse-test-key", "twcs:sample", "12345", 0), code);
    }

    [Theory]
    [InlineData("BP-0000-0000-0000")]
    [InlineData("BP-ZZZZ-ZZZZ-ZZZZ")]
    [InlineData("BP-7K3M-Q9TX-A2HD")]
    public void A_stored_code_is_held_as_its_60_bits_and_written_back_the_same(string code)
    {
        Assert.Equal(code, ComplaintReference.Format(ComplaintReference.Parse(code)));
    }

    [Theory]
    [InlineData("BP-7K3M-Q9TX-A2H")]
    [InlineData("BP-7K3M-Q9TX-A2HU")] // U is not Crockford
    [InlineData("BP-7K3MQ-9TX-A2HD")]
    [InlineData("XX-7K3M-Q9TX-A2HD")]
    [InlineData("bp-7k3m-q9tx-a2hd")]
    public void A_malformed_stored_code_is_an_error_naming_it(string code)
    {
        var error = Assert.Throws<FormatException>(() => ComplaintReference.Parse(code));

        Assert.Contains($"'{code}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_key_the_code_cannot_be_recomputed_from_the_source_and_key()
    {
        // Given what a reader knows: the source and the record's key (a tweet id)
        string code = ComplaintReference.Of(TestKey, "twcs:sample", "12345");

        // Then no unkeyed hash of them gives it, nor does the HMAC under an empty or another key, nor does it hold the key
        byte[] message = Message("twcs:sample", "12345", 0);
        Assert.NotEqual(Encode(SHA256.HashData(message)), code);
        Assert.NotEqual(Encode(HMACSHA256.HashData(Array.Empty<byte>(), message)), code);
        Assert.NotEqual(Independent("another-key", "twcs:sample", "12345", 0), code);
        Assert.DoesNotContain("12345", code);
    }

    [Fact]
    public void Another_key_gives_other_codes()
    {
        var other = new Pseudonymizer(Encoding.UTF8.GetBytes("another deployment"));

        string[] mine = [.. Enumerable.Range(0, 1000).Select(i => ComplaintReference.Of(TestKey, "s", i.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
        string[] theirs = [.. Enumerable.Range(0, 1000).Select(i => ComplaintReference.Of(other, "s", i.ToString(System.Globalization.CultureInfo.InvariantCulture)))];

        Assert.Empty(mine.Intersect(theirs));
    }

    [Fact]
    public void Collisions_stay_negligible_at_ten_million_complaints()
    {
        // The birthday bound: P(any two of n equal) = 1 - exp(-n(n-1)/2 / 2^bits)
        static double AnyCollision(double n, int bits) => 1 - Math.Exp(-(n * (n - 1) / 2) / Math.Pow(2, bits));

        Assert.Equal(60, ComplaintReference.Bits);
        Assert.InRange(AnyCollision(10_000_000, ComplaintReference.Bits), 4.3e-5, 4.4e-5);
        Assert.InRange(AnyCollision(10_000_000, 50), 0.043, 0.044); // why not 10 characters
    }

    [Fact]
    public void Every_stored_complaint_has_its_code_and_a_reimport_into_another_database_gives_the_same_codes()
    {
        // Given 5,000 complaints imported into one database, then again into it and into a fresh one
        ParsedInput input = Input(5000);
        using DbConnection first = Database.OpenInMemory();
        using DbConnection second = Database.OpenInMemory();
        new ImportSession(first).Write(input);
        Dictionary<string, string> before = Codes(first);
        ImportSummary again = new ImportSession(first).Write(input);
        new ImportSession(second).Write(input);

        // Then every complaint has a distinct code, unchanged by the re-import, the same in the other database
        Assert.Equal(5000, again.Duplicates);
        Assert.Equal(5000, before.Values.Distinct().Count());
        Assert.Equal(before, Codes(first));
        Assert.Equal(before, Codes(second));
        Assert.Equal(ComplaintReference.Of(TestKey, "test", "17"), before["17"]);
    }

    [Fact]
    public void A_complaint_whose_code_is_taken_gets_its_next_attempt_and_storing_it_again_is_a_duplicate()
    {
        // Given a database where another complaint holds the code complaint 7 would get
        using DbConnection db = Database.OpenInMemory();
        new ImportSession(db).Write(Input(1));
        string taken = ComplaintReference.Of(TestKey, "test", "7");
        db.Execute("UPDATE complaint SET reference = @taken;", new { taken });

        // When complaint 7 is stored, twice
        ImportSummary stored = new ImportSession(db).Write(Input(8));
        ImportSummary again = new ImportSession(db).Write(Input(8));

        // Then it took attempt 1, and the second time nothing failed or changed
        Assert.Equal((7, 1), (stored.Accepted, stored.Duplicates));
        Assert.Equal((0, 8), (again.Accepted, again.Duplicates));
        Assert.Equal(ComplaintReference.Of(TestKey, "test", "7", attempt: 1), Codes(db)["7"]);
        Assert.Equal(taken, Codes(db)["0"]);
    }

    [Fact]
    public void A_database_on_disk_codes_with_its_own_pseudonym_key()
    {
        // Given a database file (its key file is created on first use)
        string dir = Directory.CreateTempSubdirectory("bp-ref").FullName;
        string path = Path.Combine(dir, "db.sqlite");
        try
        {
            using (DbConnection db = Database.OpenForWrite(path))
            {
                new ImportSession(db).Write(Input(3));
            }

            // Then the codes are those of the key beside the database, not the test key
            using DbConnection read = Database.OpenForWrite(path);
            Pseudonymizer key = Pseudonymizer.ForDatabase(path);
            Assert.Equal(ComplaintReference.Of(key, "test", "2"), Codes(read)["2"]);
            Assert.NotEqual(ComplaintReference.Of(TestKey, "test", "2"), Codes(read)["2"]);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_store_given_a_key_codes_with_it()
    {
        using DbConnection db = Database.OpenInMemory();
        var other = new Pseudonymizer(Encoding.UTF8.GetBytes("another deployment"));
        long brand = db.ExecuteScalar<long>("INSERT INTO brand (slug, display_name, origin) VALUES ('a', 'A', 'manual') RETURNING id;");
        long run = db.ExecuteScalar<long>("INSERT INTO import_run (source, input_name, started_at_ms) VALUES ('test', 'x', 0) RETURNING id;");
        using (DbTransaction tx = db.BeginTransaction())
        {
            using var store = new ComplaintStore(db, tx, other);
            store.Store(Input(1).Complaints.Single(), brand, null, run);
            tx.Commit();
        }

        Assert.Equal(ComplaintReference.Of(other, "test", "0"), Codes(db)["0"]);
    }

    private static ParsedInput Input(int count) =>
        new("test", "input.csv",
            [.. Enumerable.Range(0, count).Select(i => new ComplaintInput("test", i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Channels.Twitter, "AcmeHelp", null, 1_000_000 + i, null, 10_000_000))],
            [], new Dictionary<string, long>());

    private static Dictionary<string, string> Codes(DbConnection db) =>
        db.Query<(string Key, string Reference)>("SELECT source_key, reference FROM complaint;").ToDictionary(r => r.Key, r => r.Reference);

    private static byte[] Message(string source, string key, int attempt)
    {
        byte[] s = Encoding.UTF8.GetBytes(source);
        byte[] len = new byte[4], att = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(len, s.Length);
        BinaryPrimitives.WriteInt32BigEndian(att, attempt);
        return [.. "brandpulse-complaint-reference\0"u8, .. len, .. s, .. Encoding.UTF8.GetBytes(key), .. att];
    }

    private static string Independent(string key, string source, string sourceKey, int attempt) =>
        Encode(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Message(source, sourceKey, attempt)));

    // Written out bit by bit, independently of the production encoder: the first 60 bits, 5 at a time.
    private static string Encode(byte[] mac)
    {
        const string Crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        string bits = string.Concat(mac.Take(8).Select(b => Convert.ToString(b, 2).PadLeft(8, '0')))[..60];
        string chars = string.Concat(Enumerable.Range(0, 12).Select(i => Crockford[Convert.ToInt32(bits.Substring(i * 5, 5), 2)]));
        return $"BP-{chars[..4]}-{chars[4..8]}-{chars[8..]}";
    }

    [GeneratedRegex("^BP-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$")]
    private static partial Regex CodeShape();
}
