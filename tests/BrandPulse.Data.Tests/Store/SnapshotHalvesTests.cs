using System.Data.Common;
using BrandPulse.Data.Import;
using BrandPulse.Data.Model;
using BrandPulse.Data.Store;
using Dapper;

namespace BrandPulse.Data.Tests.Store;

/// <summary>The snapshot's complaint table read in two halves on two connections, and when it must not be.</summary>
public sealed class SnapshotHalvesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bp-halves-").FullName;

    private string Db => Path.Combine(_dir, "bp.db");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static ParsedInput Input(string brand, int from, int count) => new("manual", "in.csv",
        [.. Enumerable.Range(from, count).Select(i => new ComplaintInput("manual", $"{brand}-{i}", i % 2 == 0 ? Channels.Twitter : Channels.Email,
            null, brand, 1_000_000L * i, i % 3 == 0 ? null : (1_000_000L * i) + (60_000L * (i % 50)), (1_000_000L * i) + 86_400_000))],
        [], new Dictionary<string, long>());

    private void Fill()
    {
        using DbConnection db = Database.OpenForWrite(Db);
        foreach (string brand in new[] { "Acme", "Globex", "Initech" })
        {
            new ImportSession(db).Write(Input(brand, 1, 400));
        }
    }

    private static List<ComplaintRow> Sorted(IEnumerable<ComplaintRow> rows) =>
        [.. rows.OrderBy(r => r.BrandId).ThenBy(r => r.ComplainedAtMs).ThenBy(r => r.Channel, StringComparer.Ordinal)];

    [Fact]
    public void The_upper_half_is_read_on_the_other_connection_and_the_rows_equal_one_connections()
    {
        // Given 1,200 complaints, and a copy of the database whose rows say "webform" where the original says "email"
        // (the copy's brand revisions are the original's: nothing told them of the change)
        Fill();
        string copy = Path.Combine(_dir, "copy.db");
        using (DbConnection db = Database.OpenForWrite(Db))
        {
            db.Execute("PRAGMA wal_checkpoint(TRUNCATE);");
        }

        File.Copy(Db, copy);
        using (DbConnection db = Database.OpenForWrite(copy))
        {
            db.Execute("UPDATE complaint SET channel = 'webform' WHERE channel = 'email';");
        }

        using DbConnection reader = Database.OpenReadOnly(Db);
        List<ComplaintRow> whole = Sorted(SnapshotReader.Read(reader).Complaints);

        // When the table is read in halves, the second half on a connection to the copy
        int opened = 0;
        List<ComplaintRow> halves = Sorted(SnapshotReader.Read(reader, null, null, () =>
        {
            opened++;
            return Database.OpenReadOnly(copy);
        }, halvesFrom: 1).Complaints);

        // Then the other connection read the upper half of the ids and this one the lower: the rows are the original's
        // but for the upper half's e-mails, which the copy calls webform
        long[] ids = [.. reader.Query<long>("SELECT id FROM complaint ORDER BY id;")];
        long middle = ids[0] + ((ids[^1] - ids[0]) / 2);
        int upperEmails = reader.ExecuteScalar<int>("SELECT count(*) FROM complaint WHERE channel = 'email' AND id > @middle;", new { middle });
        Assert.Equal(1, opened);
        Assert.Equal(1_200, halves.Count);
        Assert.True(upperEmails > 100, $"{upperEmails} e-mails in the upper half");
        Assert.Equal(upperEmails, halves.Count(r => r.Channel == "webform"));
        Assert.Equal(whole.Select(r => r with { Channel = "" }), halves.Select(r => r with { Channel = "" }));

        // And read in halves from the same database, every row equals one connection's read
        Assert.Equal(whole, Sorted(SnapshotReader.Read(reader, null, null, () => Database.OpenReadOnly(Db), halvesFrom: 1).Complaints));
    }

    [Fact]
    public void A_write_between_the_two_connections_makes_one_connection_read_everything_as_it_stood()
    {
        // Given 1,200 complaints
        Fill();
        using DbConnection reader = Database.OpenReadOnly(Db);

        // When a collector adds complaints after the snapshot began but before the second connection opens
        Snapshot snapshot = SnapshotReader.Read(reader, null, null, () =>
        {
            using (DbConnection writer = Database.OpenForWrite(Db))
            {
                new ImportSession(writer).Write(Input("Acme", 401, 50));
            }

            return Database.OpenReadOnly(Db);
        }, halvesFrom: 1);

        // Then the snapshot is the database as it stood when it began, whole: the second connection's newer rows are not mixed in
        Assert.Equal(1_200, snapshot.Complaints.Count);
        Assert.Equal(400, snapshot.Complaints.Count(r => r.BrandId == snapshot.Brands.Single(b => b.DisplayName == "Acme").Id));
        using DbConnection after = Database.OpenReadOnly(Db);
        Assert.Equal(1_250, SnapshotReader.Read(after).Complaints.Count);
    }
}
