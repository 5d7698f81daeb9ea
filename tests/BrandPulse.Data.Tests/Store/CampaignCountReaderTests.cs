using System.Data.Common;
using BrandPulse.Data.Campaigns;
using BrandPulse.Data.Import;
using BrandPulse.Data.Model;
using BrandPulse.Data.Store;
using static BrandPulse.Data.Tests.Import.Field.FieldExport;

namespace BrandPulse.Data.Tests.Store;

/// <summary>What the snapshot counts of each campaign: attempts and distinct volunteers, in all and per brand and channel.</summary>
public sealed class CampaignCountReaderTests
{
    [Fact]
    public void A_campaign_without_attempts_counts_zero()
    {
        using DbConnection db = Database.OpenInMemory();
        new CampaignStore(db).Save(Import.Field.FieldExport.Campaign);

        CampaignCounts counts = Assert.Single(SnapshotReader.Read(db).CampaignCounts);

        Assert.Equal(("madrid-2027", 0L, 0L), (counts.Campaign, counts.Attempts, counts.Volunteers));
        Assert.Empty(counts.PerBrand);
    }

    [Fact]
    public void Attempts_and_distinct_volunteers_are_counted_per_channel_and_an_edition_counts_those_before_it()
    {
        // Given three calls by two volunteers (Ana twice) and one e-mail by Ana, the e-mail sent last
        using DbConnection db = Database.OpenInMemory();
        new CampaignStore(db).Save(Import.Field.FieldExport.Campaign);
        new ImportSession(db).Write(Single(Call("c1"), Call("c2", "Ana"), Call("c3", "Ana", "dev2"), Mail()));

        // When the snapshot is read live, and as of 20 January
        CampaignCounts live = Assert.Single(SnapshotReader.Read(db).CampaignCounts);
        CampaignCounts edition = Assert.Single(SnapshotReader.Read(db, Ms("2027-01-20T00:00:00Z")).CampaignCounts);

        // Then Ana on two devices is two volunteers, and the e-mail sent on 29 January is not in the edition
        Assert.Equal((4L, 2L), (live.Attempts, live.Volunteers));
        Assert.Equal([(Channels.Email, 1L, 1L), (Channels.Phone, 3L, 2L)], live.PerBrand.Select(p => (p.Channel, p.Attempts, p.Volunteers)));
        Assert.Equal((3L, 2L), (edition.Attempts, edition.Volunteers));
        Assert.Equal([(Channels.Phone, 3L, 2L)], edition.PerBrand.Select(p => (p.Channel, p.Attempts, p.Volunteers)));
    }
}
