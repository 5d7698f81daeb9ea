using System.Data.Common;
using BrandPulse.Data.Schema;
using BrandPulse.Testing;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BrandPulse.Data.Tests.Schema;

/// <summary>issue 17: migration 5 merges brands a database holds twice under the new spelling rules.</summary>
public sealed class MergeSpellingsTests
{
    private const string Decomposed = "Telefo\u0301nica";
    private const string Capitals = "TELEFO\u0301NICA";
    private const string ZeroWidth = "Apple\u200BSupport";
    private const string ZeroWidthKey = "apple\u200Bsupport";

    [Fact]
    public void Migration_5_merges_brands_held_twice_into_the_oldest_and_redirects_the_others()
    {
        // Given a database as the collector left it before migration 5: Telefónica stored three times (composed,
        // decomposed, in capitals), Telefonica without the accent, and AppleSupport twice, once through a handle
        // with a zero-width space, each with a complaint
        using var tmp = new TempDir();
        string path = tmp.File("bp.db");
        using (DbConnection c = Database.OpenForWrite(path))
        {
            c.Execute($"""
                DELETE FROM schema_migration WHERE version >= 5; -- later migrations are written to apply again
                ALTER TABLE brand DROP COLUMN law_scope; -- added by migration 6
                DROP INDEX complaint_reference; ALTER TABLE complaint DROP COLUMN reference; -- added by migration 8
                INSERT INTO import_run (id, source, input_name, started_at_ms) VALUES (1, 'old', 'old.csv', 0);
                INSERT INTO brand (id, slug, display_name, origin, revision) VALUES
                    (1, 'telefonica', 'Telefónica', 'registry', 11),
                    (2, 'telefonica-2', '{Decomposed}', 'manual', 12),
                    (3, 'telefonica-3', '{Capitals}', 'manual', 13),
                    (4, 'telefonica-4', 'Telefonica', 'manual', 14),
                    (5, 'applesupport', 'AppleSupport', 'import', 15),
                    (6, 'applesupport-2', '{ZeroWidth}', 'import', 16);
                INSERT INTO brand_account (channel, account_key, handle, brand_id) VALUES
                    ('twitter', 'applesupport', 'AppleSupport', 5),
                    ('twitter', '{ZeroWidthKey}', '{ZeroWidth}', 6);
                INSERT INTO complaint (source, source_key, brand_id, channel, account_key, complained_at_ms, observed_until_ms, import_run_id)
                VALUES ('old', 'a', 1, 'phone', NULL, 0, 1, 1), ('old', 'b', 2, 'phone', NULL, 0, 1, 1),
                       ('old', 'c', 3, 'phone', NULL, 0, 1, 1), ('old', 'd', 4, 'phone', NULL, 0, 1, 1),
                       ('old', 'e', 5, 'twitter', 'applesupport', 0, 1, 1), ('old', 'f', 6, 'twitter', '{ZeroWidthKey}', 0, 1, 1);
                """);
            Assert.True(Migrator.CurrentVersion(c) < 5);
        }

        // When the collector opens it again
        using DbConnection db = Database.OpenForWrite(path);

        // Then the oldest of each keeps its slug and the complaints; the others redirect to it; Telefonica stays apart
        Assert.Equal(Migrations.LatestVersion, Migrator.CurrentVersion(db));
        Assert.Equal([("applesupport", "AppleSupport", 2L), ("telefonica", "Telefónica", 3L), ("telefonica-4", "Telefonica", 1L)],
            db.Query<(string, string, long)>("""
                SELECT b.slug, b.display_name, (SELECT count(*) FROM complaint c WHERE c.brand_id = b.id)
                FROM brand b WHERE b.merged_into IS NULL ORDER BY b.slug;
                """).AsList());
        Assert.Equal([("applesupport-2", "applesupport"), ("telefonica-2", "telefonica"), ("telefonica-3", "telefonica")],
            db.Query<(string, string)>("""
                SELECT a.slug, b.slug FROM brand_slug_alias a JOIN brand b ON b.id = a.brand_id ORDER BY a.slug;
                """).AsList());
        Assert.Equal([("applesupport", "AppleSupport", 5L)],
            db.Query<(string, string, long)>("SELECT account_key, handle, brand_id FROM brand_account;").AsList());
        Assert.Equal(2, db.ExecuteScalar<long>("SELECT count(*) FROM complaint WHERE account_key = 'applesupport';"));
        Assert.Equal(0, db.ExecuteScalar<long>("SELECT count(*) FROM brand WHERE id IN (1, 2, 3, 5, 6) AND revision IN (11, 12, 13, 15, 16);"));
        Assert.Equal(14, db.ExecuteScalar<long>("SELECT revision FROM brand WHERE id = 4;"));
    }
}
