using System.Data.Common;
using BrandPulse.Data.Import;
using BrandPulse.Data.Model;
using BrandPulse.Data.Store;

namespace BrandPulse.Data.Tests.Store;

public sealed class DataSetTests
{
    private static ParsedInput Input(string source) =>
        new(source, "in.csv", [new ComplaintInput(source, "1", Channels.Twitter, null, "Acme", 1_000, null, 2_000)], [],
            new Dictionary<string, long>());

    [Fact]
    public void Every_import_records_its_source_selected_only_for_the_answered_only_archives()
    {
        using DbConnection db = Database.OpenInMemory();

        foreach (string source in new[] { "twcs:twcs_kaggle_sample", "ibm-cdp", "manual", "calls:feb", "call-log:x", "csv:sheet", "field:demo", "fetch:x" })
        {
            new ImportSession(db).Write(Input(source));
        }

        Assert.Equal(
            new Dictionary<string, bool>
            {
                ["twcs:twcs_kaggle_sample"] = true,
                ["ibm-cdp"] = true,
                ["manual"] = false,
                ["calls:feb"] = false,
                ["call-log:x"] = false,
                ["csv:sheet"] = false,
                ["field:demo"] = false,
                ["fetch:x"] = false,
            },
            DataSetStore.All(db));
    }

    [Fact]
    public void An_override_changes_the_record_and_a_later_import_without_one_keeps_it()
    {
        using DbConnection db = Database.OpenInMemory();
        new ImportSession(db).Write(Input("twcs:mine"));

        new ImportSession(db) { Selected = false }.Write(Input("twcs:mine"));
        new ImportSession(db).Write(Input("twcs:mine"));
        new ImportSession(db) { Selected = true }.Write(Input("manual"));

        Assert.False(DataSetStore.All(db)["twcs:mine"]);
        Assert.True(DataSetStore.All(db)["manual"]);
        Assert.Equal(2, SnapshotReader.Read(db).DataSets.Count);
    }
}
