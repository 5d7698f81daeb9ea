using BrandPulse.Data.Registry;
using BrandPulse.Data.Schema;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BrandPulse.Data.Tests.Schema;

public sealed class MigrationEightTests
{
    [Fact]
    public void Complaints_stored_before_reference_codes_get_their_keyed_code()
    {
        // Given a database at schema version 7 with three complaints of two brands
        using SqliteConnection db = AtVersionSeven();
        db.Execute("""
            INSERT INTO brand (id, slug, display_name, origin, revision) VALUES (1, 'bank', 'Bank', 'manual', 7), (2, 'acme', 'Acme', 'import', 7),
                                                                               (3, 'idle', 'Idle', 'import', 7);
            INSERT INTO import_run (id, source, input_name, started_at_ms) VALUES (1, 'x', 'x', 0);
            INSERT INTO complaint (source, source_key, brand_id, channel, complained_at_ms, first_response_at_ms, observed_until_ms, import_run_id)
            VALUES ('calls:feb', '1', 1, 'phone', 0, 10, 10, 1),
                   ('twcs:sample', '1', 2, 'twitter', 0, 5, 5, 1),
                   ('twcs:sample', '2', 2, 'twitter', 0, NULL, 5, 1);
            """);

        // When the collector opens it
        Migrator.Apply(db);

        // Then every complaint has the code of its (source, source_key) under the database's key (the test key in memory)
        Assert.Equal(Migrations.LatestVersion, Migrator.CurrentVersion(db));
        Pseudonymizer key = Pseudonymizer.ForTests();
        Assert.Equal(
            [
                ComplaintReference.Of(key, "calls:feb", "1"),
                ComplaintReference.Of(key, "twcs:sample", "1"),
                ComplaintReference.Of(key, "twcs:sample", "2"),
            ],
            db.Query<string>("SELECT reference FROM complaint ORDER BY id;"));
        Assert.Equal(3, db.ExecuteScalar<long>("SELECT count(DISTINCT reference) FROM complaint;"));
    }

    [Fact]
    public void A_code_already_held_makes_the_complaint_filled_later_take_its_next_attempt()
    {
        // Given a version-7 database whose complaint 2 would get the code another complaint already holds
        using SqliteConnection db = AtVersionSeven();
        db.Execute("ALTER TABLE complaint ADD COLUMN reference TEXT NULL;"); // as if half-migrated by hand
        Pseudonymizer key = Pseudonymizer.ForTests();
        string taken = ComplaintReference.Of(key, "s", "2");
        db.Execute("""
            INSERT INTO brand (id, slug, display_name, origin) VALUES (1, 'bank', 'Bank', 'manual');
            INSERT INTO import_run (id, source, input_name, started_at_ms) VALUES (1, 'x', 'x', 0);
            INSERT INTO complaint (source, source_key, brand_id, channel, complained_at_ms, observed_until_ms, import_run_id, reference)
            VALUES ('s', '1', 1, 'phone', 0, 10, 1, @taken), ('s', '2', 1, 'phone', 0, 10, 1, NULL);
            """, new { taken });

        // When the missing codes are filled
        using SqliteTransaction tx = db.BeginTransaction();
        int filled = FillReferences.Apply(db, tx, () => key);
        tx.Commit();

        // Then the later complaint took attempt 1, and nothing else changed
        Assert.Equal(1, filled);
        Assert.Equal([taken, ComplaintReference.Of(key, "s", "2", attempt: 1)], db.Query<string>("SELECT reference FROM complaint ORDER BY id;"));
    }

    private static SqliteConnection AtVersionSeven()
    {
        var db = new SqliteConnection("Data Source=:memory:");
        db.Open();
        db.Execute("CREATE TABLE schema_migration (version INTEGER PRIMARY KEY, description TEXT NOT NULL);");
        foreach (Migration m in Migrations.All.Where(m => m.Version <= 7)) // migration 5's code has nothing to do here
        {
            if (m.Sql.Length > 0)
            {
                db.Execute(m.Sql, new { databaseId = "old", revision = 1L });
            }

            db.Execute("INSERT INTO schema_migration (version, description) VALUES (@Version, @Description);", m);
        }

        return db;
    }
}
