using System.Data.Common;

namespace BrandPulse.Data.Schema;

/// <summary>
/// The schema, as an ordered list of migrations. The version of a database is the highest migration applied to it;
/// the collector applies what is missing when it opens a database, the generator refuses a version it does not know.
/// The SQL here is written for both stores: SQLite's types, which the PostgreSQL dialect maps
/// (<see cref="Stores.StoreDialect.Ddl"/>); SQL a store needs in another form goes to its dialect.
/// </summary>
public static class Migrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "complaints, brands, accounts and import runs", """
            CREATE TABLE brand (
                id            INTEGER PRIMARY KEY,
                slug          TEXT    NOT NULL UNIQUE,
                display_name  TEXT    NOT NULL,
                industry      TEXT    NULL,
                origin        TEXT    NOT NULL,              -- 'registry', 'import', 'manual'
                merged_into   INTEGER NULL REFERENCES brand (id)
            );

            CREATE TABLE brand_account (
                channel       TEXT    NOT NULL,
                account_key   TEXT    NOT NULL,              -- handle folded to lower case
                handle        TEXT    NOT NULL,              -- handle as first seen
                brand_id      INTEGER NOT NULL REFERENCES brand (id),
                PRIMARY KEY (channel, account_key)
            );

            CREATE TABLE import_run (
                id            INTEGER PRIMARY KEY,
                source        TEXT    NOT NULL,
                input_name    TEXT    NOT NULL,
                input_sha256  TEXT    NULL,
                started_at_ms INTEGER NOT NULL,
                accepted      INTEGER NOT NULL DEFAULT 0,
                updated       INTEGER NOT NULL DEFAULT 0,
                duplicates    INTEGER NOT NULL DEFAULT 0,
                rejected      INTEGER NOT NULL DEFAULT 0
            );

            CREATE TABLE complaint (
                id                     INTEGER PRIMARY KEY,
                source                 TEXT    NOT NULL,      -- importer or person, e.g. 'twcs:twcs_kaggle_sample', 'ibm-cdp', 'manual'
                source_key             TEXT    NOT NULL,      -- unique within the source (tweet id, session id, --ref)
                brand_id               INTEGER NOT NULL REFERENCES brand (id),
                channel                TEXT    NOT NULL,
                account_key            TEXT    NULL,          -- the brand account it was attributed through
                complained_at_ms       INTEGER NOT NULL,      -- Unix ms, UTC
                first_response_at_ms   INTEGER NULL,          -- NULL: still waiting
                observed_until_ms      INTEGER NOT NULL,      -- end of observation for a waiting complaint
                complainant_pseudonym  TEXT    NULL,          -- keyed HMAC of the handle, never the handle
                response_kind          TEXT    NULL,          -- what the first response was (see AnswerKind)
                quality                TEXT    NULL,          -- NULL when usable; else why it is left out of figures
                illustrative           INTEGER NOT NULL DEFAULT 0,
                import_run_id          INTEGER NOT NULL REFERENCES import_run (id),
                UNIQUE (source, source_key)
            );

            CREATE INDEX complaint_by_brand ON complaint (brand_id, channel, complained_at_ms);
            """),
        new(2, "answer kinds, live-collection cursors, slug aliases", """
            ALTER TABLE complaint ADD COLUMN first_substantive_at_ms INTEGER NULL;  -- first answer that was an answer

            CREATE TABLE fetch_cursor (
                source        TEXT    NOT NULL,              -- 'x', 'bluesky'
                scope         TEXT    NOT NULL,              -- what the cursor walks, e.g. the brand account
                cursor        TEXT    NOT NULL,              -- opaque position to resume after
                updated_at_ms INTEGER NOT NULL,
                PRIMARY KEY (source, scope)
            );

            CREATE TABLE brand_slug_alias (
                slug          TEXT    PRIMARY KEY,           -- an address that must keep working (merged brand)
                brand_id      INTEGER NOT NULL REFERENCES brand (id)
            );
            """),
        new(3, "brand revisions and a database identity, for incremental builds", """
            -- A new random value in the same transaction as every write that changes a brand's complaints (insert,
            -- answer, longer observation, account move, merge), so a generator can tell which brands changed since its
            -- last build; random rather than counted, so it never repeats (see Store/Revisions.cs).
            ALTER TABLE brand ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;

            CREATE TABLE database_info (
                name          TEXT    PRIMARY KEY,
                value         TEXT    NOT NULL
            );

            -- A database rebuilt from scratch gets a new identity, so revisions of two databases are never confused.
            INSERT INTO database_info (name, value) VALUES ('id', @databaseId);
            """),
        new(4, "phone outcomes, field campaigns, data sets", """
            ALTER TABLE complaint ADD COLUMN outcome TEXT NULL;               -- phone only: reached_person | abandoned | cut_off | busy_no_answer | no_person_offered
            ALTER TABLE complaint ADD COLUMN dialed_at_ms INTEGER NULL;       -- field calls: when the volunteer dialled
            ALTER TABLE complaint ADD COLUMN asked_person_at_ms INTEGER NULL; -- field calls: when the caller asked for a person
            ALTER TABLE complaint ADD COLUMN menu_offered_person INTEGER NULL;-- field calls: 1/0, did the main menu offer a person
            ALTER TABLE complaint ADD COLUMN complaint_language TEXT NULL;    -- es | ca | gl | eu | en | other
            ALTER TABLE complaint ADD COLUMN answer_language TEXT NULL;       -- same codes: language served/answered in
            ALTER TABLE complaint ADD COLUMN tracking_code INTEGER NULL;      -- 1/0: a tracking code was given
            ALTER TABLE complaint ADD COLUMN campaign TEXT NULL;              -- campaign slug, for field data
            ALTER TABLE complaint ADD COLUMN contributor_pseudonym TEXT NULL; -- keyed pseudonym of the volunteer (name + device id)

            CREATE TABLE data_set (                                          -- one row per source, recorded at import
                source        TEXT    PRIMARY KEY,
                selected      INTEGER NOT NULL DEFAULT 0                     -- 1: the data set holds only conversations the brand answered
            );

            CREATE TABLE campaign (
                slug          TEXT    PRIMARY KEY,
                name          TEXT    NOT NULL,
                definition    TEXT    NOT NULL                               -- the campaign file as canonical JSON
            );

            -- Phone rows stored before outcomes existed: a human answered, or the caller hung up waiting for one (a
            -- call-centre log's robot_only, a call log's abandoned_at).
            UPDATE complaint SET outcome = 'reached_person' WHERE channel = 'phone' AND response_kind = 'human';
            UPDATE complaint SET outcome = 'abandoned' WHERE channel = 'phone' AND response_kind = 'robot_only';
            UPDATE complaint SET outcome = 'abandoned'
            WHERE channel = 'phone' AND source LIKE 'call-log:%' AND first_response_at_ms IS NULL AND outcome IS NULL;
            UPDATE brand SET revision = @revision
            WHERE id IN (SELECT brand_id FROM complaint WHERE outcome IS NOT NULL);

            INSERT INTO data_set (source, selected)
            SELECT source, CASE WHEN source LIKE 'twcs:%' OR source = 'ibm-cdp' THEN 1 ELSE 0 END
            FROM (SELECT source FROM complaint UNION SELECT source FROM import_run) AS sources;
            """),
        new(5, "one brand however its name or handle is written (merges brands held twice)", "", MergeSpellings.Apply),
        new(6, "whether Ley 10/2025 covers a brand (from the registry)", """
            -- basic_service | large_company | not_covered | unknown: what the registry knows of the law's scope.
            ALTER TABLE brand ADD COLUMN law_scope TEXT NOT NULL DEFAULT 'unknown'
                CHECK (law_scope IN ('basic_service', 'large_company', 'not_covered', 'unknown'));
            """),
        new(7, "erasures: a log without identifiers, and what must not come back", """
            -- One row per 'collect forget': when, what kind, how many complaints, on which channels, and the operator's
            -- reason. Never the identifier the request named, nor a pseudonym.
            CREATE TABLE IF NOT EXISTS erasure_log (
                id            INTEGER PRIMARY KEY,
                erased_at_ms  INTEGER NOT NULL,
                kind          TEXT    NOT NULL,              -- 'person' or 'record'
                complaints    INTEGER NOT NULL,
                channels      TEXT    NOT NULL,              -- e.g. 'phone,twitter'
                reason        TEXT    NOT NULL
            );

            -- What an import or a fetch must not store again (ComplaintStore skips it): the keyed pseudonym of an erased
            -- complainant or volunteer, or the SHA-256 of an erased record's source and key (never the key itself).
            CREATE TABLE IF NOT EXISTS erased (
                kind          TEXT    NOT NULL,              -- 'complainant', 'contributor' or 'record'
                value         TEXT    NOT NULL,
                PRIMARY KEY (kind, value)
            );
            """),
        new(8, "public reference codes for complaints", """
            -- BP-XXXX-XXXX-XXXX: keyed code of (source, source_key) that brands and readers can quote (ComplaintReference).
            -- Filled for stored rows by code (the key is not SQL's to know); set by every insert from now on.
            ALTER TABLE complaint ADD COLUMN reference TEXT NULL;
            CREATE UNIQUE INDEX complaint_reference ON complaint (reference);
            """, FillReferences.Apply),
        new(9, "erased complaints' public codes, to take their rows out of frozen editions", """
            -- The public reference code (migration 8) of every complaint 'collect forget' deleted, with the UTC day it was
            -- erased: the generator removes these rows from the per-complaint downloads of published editions and notes the
            -- day there. A code is keyed and was already public; it says nothing of who complained.
            CREATE TABLE IF NOT EXISTS erased_reference (
                reference  TEXT PRIMARY KEY,
                erased_on  TEXT NOT NULL                      -- YYYY-MM-DD (UTC)
            );
            """),
    ];

    public static int LatestVersion => All[^1].Version;
}

/// <summary>
/// One step of the schema: SQL, then, for a step SQL cannot express (Unicode normalization), code run in the same
/// transaction.
/// </summary>
public sealed record Migration(int Version, string Description, string Sql, Action<DbConnection, DbTransaction>? Code = null);
