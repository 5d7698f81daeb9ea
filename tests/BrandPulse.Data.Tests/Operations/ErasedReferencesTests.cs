using BrandPulse.Data.Model;
using BrandPulse.Data.Operations;
using BrandPulse.Data.Store;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BrandPulse.Data.Tests.Operations;

public sealed class ErasedReferencesTests
{
    [Fact]
    public void An_erasure_keeps_the_public_codes_of_what_it_deleted_with_its_day_and_nothing_of_the_person()
    {
        // Given three complaints with their public codes, two of them by one person
        using SqliteConnection db = Database.OpenInMemory();
        db.Execute("""
            INSERT INTO brand (id, slug, display_name, origin) VALUES (1, 'bank', 'Bank', 'manual');
            INSERT INTO import_run (id, source, input_name, started_at_ms) VALUES (1, 'x', 'x', 0);
            INSERT INTO complaint (source, source_key, brand_id, channel, complained_at_ms, observed_until_ms, import_run_id, reference, complainant_pseudonym)
            VALUES ('s', '1', 1, 'phone', 0, 10, 1, 'BP-AAAA-AAAA-AAAA', 'p-1'),
                   ('s', '2', 1, 'email', 0, 10, 1, 'BP-BBBB-BBBB-BBBB', 'p-1'),
                   ('s', '3', 1, 'phone', 0, 10, 1, 'BP-CCCC-CCCC-CCCC', 'p-2');
            """);
        long fifthOfDecember = new DateTimeOffset(2026, 12, 5, 23, 59, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

        // When the person is erased on 5 December 2026 (UTC)
        Erasure.Apply(db, new ErasureRequest(["p-1"], [], [], null, "request 1"), fifthOfDecember);

        // Then the codes of the two deleted complaints are kept with that day, and the snapshot offers them to the generator
        Assert.Equal(
            [new ErasedReference("BP-AAAA-AAAA-AAAA", "2026-12-05"), new ErasedReference("BP-BBBB-BBBB-BBBB", "2026-12-05")],
            SnapshotReader.Read(db).ErasedReferences);
        Assert.Equal(1, db.ExecuteScalar<long>("SELECT count(*) FROM complaint;"));
        Assert.Equal(0, db.ExecuteScalar<long>("SELECT count(*) FROM erased_reference WHERE reference LIKE '%p-1%';"));

        // And a dry run keeps nothing
        Erasure.Apply(db, new ErasureRequest(["p-2"], [], [], null, "request 2"), fifthOfDecember, commit: false);
        Assert.Equal(2, db.ExecuteScalar<long>("SELECT count(*) FROM erased_reference;"));
    }
}
