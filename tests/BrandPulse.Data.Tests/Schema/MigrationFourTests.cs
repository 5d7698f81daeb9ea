using BrandPulse.Data.Schema;
using BrandPulse.Data.Store;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BrandPulse.Data.Tests.Schema;

public sealed class MigrationFourTests
{
    [Fact]
    public void Phone_rows_stored_before_outcomes_get_one_and_every_source_becomes_a_data_set()
    {
        // Given a database at schema version 3 with phone calls, tweets, IBM conversations and a manual entry
        using var db = new SqliteConnection("Data Source=:memory:");
        db.Open();
        db.Execute("CREATE TABLE schema_migration (version INTEGER PRIMARY KEY, description TEXT NOT NULL);");
        foreach (Migration m in Migrations.All.Where(m => m.Version <= 3))
        {
            db.Execute(m.Sql, new { databaseId = "old" });
            db.Execute("INSERT INTO schema_migration (version, description) VALUES (@Version, @Description);", m);
        }

        db.Execute("""
            INSERT INTO brand (id, slug, display_name, origin, revision) VALUES (1, 'bank', 'Bank', 'manual', 7), (2, 'acme', 'Acme', 'import', 7);
            INSERT INTO import_run (id, source, input_name, started_at_ms) VALUES (1, 'x', 'x', 0), (2, 'fetch:x', 'live', 0);
            INSERT INTO complaint (source, source_key, brand_id, channel, complained_at_ms, first_response_at_ms, observed_until_ms, response_kind, import_run_id)
            VALUES ('calls:feb', '1', 1, 'phone', 0, 10, 10, 'human', 1),
                   ('calls:feb', '2', 1, 'phone', 0, NULL, 20, 'robot_only', 1),
                   ('call-log:shopper', '3', 1, 'phone', 0, NULL, 30, NULL, 1),
                   ('manual', '4', 1, 'phone', 0, NULL, 40, NULL, 1),
                   ('twcs:sample', '5', 2, 'twitter', 0, 5, 5, 'substantive', 1),
                   ('ibm-cdp', '6', 2, 'twitter', 0, 5, 5, 'substantive', 1);
            """);

        // When the collector opens it
        Migrator.Apply(db);

        // Then
        Assert.Equal(Migrations.LatestVersion, Migrator.CurrentVersion(db));
        Assert.Equal(
            ["1:reached_person", "2:abandoned", "3:abandoned", "4:", "5:", "6:"],
            db.Query<string>("SELECT source_key || ':' || ifnull(outcome, '') FROM complaint ORDER BY source_key;"));
        Assert.Equal(
            new Dictionary<string, bool>
            {
                ["call-log:shopper"] = false,
                ["calls:feb"] = false,
                ["fetch:x"] = false,
                ["ibm-cdp"] = true,
                ["manual"] = false,
                ["twcs:sample"] = true,
                ["x"] = false,
            },
            DataSetStore.All(db));
        Assert.NotEqual(7, db.ExecuteScalar<long>("SELECT revision FROM brand WHERE id = 1")); // its phone rows changed
        Assert.Equal(7, db.ExecuteScalar<long>("SELECT revision FROM brand WHERE id = 2"));
    }
}
