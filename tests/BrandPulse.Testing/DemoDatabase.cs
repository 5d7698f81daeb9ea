using System.Data.Common;
using BrandPulse.Data;
using BrandPulse.Data.Import;
using BrandPulse.Data.Import.Ibm;
using BrandPulse.Data.Import.Twcs;
using BrandPulse.Data.Manual;
using BrandPulse.Data.Model;
using BrandPulse.Data.Registry;
using BrandPulse.Data.Store;

namespace BrandPulse.Testing;

/// <summary>Builds databases for tests through the real import path (registry, parsers, one transaction each).</summary>
public static class DemoDatabase
{
    /// <summary>The database <c>./brandpulse demo</c> builds from the committed data/ folder.</summary>
    public static void Create(string dbPath)
    {
        using DbConnection connection = Database.OpenForWrite(dbPath);
        var issues = new List<ImportIssue>();
        RegistryLoader.Apply(connection, RegistryFile.Read(RepoPaths.Data("brands.csv"), issues));
        Pseudonymizer pseudonymizer = Pseudonymizer.ForTests();
        var twitter = new BrandStore(connection).Accounts().Where(a => a.Channel == Channels.Twitter)
            .Select(a => a.Handle).ToHashSet(StringComparer.OrdinalIgnoreCase);
        new ImportSession(connection) { ReferenceKey = Pseudonymizer.ForTests() }.Write(TwcsParser.Parse(RepoPaths.Data("twcs_kaggle_sample.csv"), "twcs_kaggle_sample", pseudonymizer, twitter));
        new ImportSession(connection) { ReferenceKey = Pseudonymizer.ForTests() }.Write(IbmCdpParser.Parse(RepoPaths.Data("ibm_twitter_cdp_dev.json"), pseudonymizer));
        new ImportSession(connection) { ReferenceKey = Pseudonymizer.ForTests() }.Write(Data.Manual.ManualCsv.Parse(RepoPaths.Data("illustrative_phone_log.csv"), illustrative: true, long.MaxValue / 2));
    }

    /// <summary>
    /// Adds the illustrative field campaign <c>./brandpulse demo</c> also imports (data/campaigns/demo-2026-12.json and
    /// data/illustrative_campaign_export.csv); kept apart from <see cref="Create"/> so that sites built without it keep
    /// their expected output.
    /// </summary>
    public static ImportSummary AddFieldCampaign(DbConnection connection)
    {
        Campaign campaign = Data.Campaigns.CampaignFile.Load(RepoPaths.Data("campaigns/demo-2026-12.json"), out var errors)
            ?? throw new InvalidOperationException(string.Join("; ", errors));
        new Data.Campaigns.CampaignStore(connection).Save(campaign);
        Data.Import.Field.FieldExport export = Data.Import.Field.FieldExportParser.Parse(
            RepoPaths.Data("illustrative_campaign_export.csv"), [campaign], Pseudonymizer.ForTests(), long.MaxValue / 2);
        return new ImportSession(connection) { ReferenceKey = Pseudonymizer.ForTests() }.Write(export.Campaigns.Single());
    }

    /// <summary>Complaints typed in as manual entries (brand, channel, complained, answered or null, ref).</summary>
    public static ImportSummary Log(DbConnection connection, params (string Brand, string Channel, string Complained, string? Answered, string Ref)[] entries)
    {
        var issues = new List<ImportIssue>();
        List<ComplaintInput> complaints = entries
            .Select((e, i) => new ManualEntry(e.Brand, e.Channel, e.Complained, e.Answered, e.Ref, e.Answered is null ? e.Complained : null)
                .ToComplaint("test", i + 1, long.MaxValue / 2, false, issues))
            .OfType<ComplaintInput>()
            .ToList();
        if (issues.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", issues));
        }

        return new ImportSession(connection) { ReferenceKey = Pseudonymizer.ForTests() }.Write(new ParsedInput(ManualEntry.Source, "test", complaints, [], new Dictionary<string, long>()));
    }
}
