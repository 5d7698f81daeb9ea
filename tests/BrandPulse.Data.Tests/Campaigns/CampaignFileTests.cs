using System.Data.Common;
using System.Text;
using BrandPulse.Data.Campaigns;
using BrandPulse.Data.Model;
using BrandPulse.Testing;

namespace BrandPulse.Data.Tests.Campaigns;

public sealed class CampaignFileTests
{
    private const string Valid = """
        {
          "slug": "madrid-2027", "name": "Madrid 2027", "illustrative": false,
          "starts": "2027-01-10", "ends": "2027-01-31", "region": "ES-MD", "time_zone": "Europe/Madrid",
          "protocol": { "min_wait_seconds": 180, "max_wait_seconds": 900, "attempts_per_contact": 3,
                        "call_windows": ["09:00-11:00"], "written_observation_days": 40 },
          "brands": [ { "brand": "Acme", "contacts": [
              { "id": "acme-phone", "channel": "phone", "address": "900 000 000" },
              { "id": "acme-x", "channel": "social", "address": "https://x.com/AcmeHelp", "label": "X" } ] } ]
        }
        """;

    private static Campaign? Parse(string json, out IReadOnlyList<CampaignError> errors) =>
        CampaignFile.Parse(Encoding.UTF8.GetBytes(json), "c.json", out errors);

    [Fact]
    public void The_demo_campaign_file_is_valid_and_its_social_contact_is_stored_under_its_platform()
    {
        Campaign? demo = CampaignFile.Load(RepoPaths.Data("campaigns/demo-2026-12.json"), out IReadOnlyList<CampaignError> errors);
        Campaign? mine = Parse(Valid, out IReadOnlyList<CampaignError> none);

        Assert.Empty(errors);
        Assert.Empty(none);
        Assert.Equal(("demo-diciembre-2026", true, 180), (demo!.Slug, demo.Illustrative, demo.Protocol.MinWaitSeconds));
        Assert.True(demo.Brands.Count is >= 3 and <= 4);
        Assert.Equal(Channels.Twitter, CampaignChannels.StoredChannel(mine!.FindContact("acme-x")!.Value.Contact, out _));
        Assert.Equal(new DateOnly(2027, 1, 31), mine.Ends);
    }

    [Fact]
    public void Every_wrong_field_is_listed_with_its_path_and_why()
    {
        string broken = Valid
            .Replace("\"2027-01-31\"", "\"2027-01-05\"")
            .Replace("ES-MD", "Madrid")
            .Replace("\"max_wait_seconds\": 900", "\"max_wait_seconds\": 100")
            .Replace("09:00-11:00", "11:00-09:00")
            .Replace("\"channel\": \"phone\"", "\"channel\": \"fax\"")
            .Replace("https://x.com/AcmeHelp", "Acme on social")
            .Replace("\"illustrative\": false", "\"ilustrative\": false");

        Assert.Null(Parse(broken, out IReadOnlyList<CampaignError> errors));

        Assert.Equal(
            [
                "c.json: ilustrative: unknown field: expected one of slug, name, illustrative, starts, ends, region, time_zone, protocol, brands",
                "c.json: ends: 2027-01-05 is before starts (2027-01-10)",
                "c.json: region: 'Madrid' is not ES or an ISO 3166-2 code like ES-MD, ES-CT, ES-CN",
                "c.json: protocol.max_wait_seconds: 100 is less than min_wait_seconds (180)",
                "c.json: protocol.call_windows[0]: '11:00-09:00' is not a window like \"09:00-11:00\" (start before end, 24-hour clock)",
                "c.json: brands[0].contacts[0].channel: unknown channel 'fax': use one of phone, email, webform, letter, social",
                "c.json: brands[0].contacts[1].address: a social contact's address must name its platform, as twitter:@Handle or a profile URL (https://x.com/Handle); got 'Acme on social'",
            ],
            errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Broken_json_is_reported_with_its_line()
    {
        Assert.Null(Parse("{\n  \"slug\": \"a\",\n  \"name\": \n}", out IReadOnlyList<CampaignError> errors));

        CampaignError error = Assert.Single(errors);
        Assert.Equal(4, error.Line);
        Assert.StartsWith("c.json:4: ", error.ToString());
        Assert.Contains("not valid JSON", error.Why);
    }

    [Fact]
    public void Loading_is_idempotent_and_a_changed_file_updates_the_stored_campaign()
    {
        using DbConnection db = Database.OpenInMemory();
        var store = new CampaignStore(db);
        Campaign campaign = Parse(Valid, out _)!;

        CampaignLoadOutcome first = store.Save(campaign);
        CampaignLoadOutcome again = store.Save(Parse(Valid.Replace("\n", " "), out _)!);
        CampaignLoadOutcome changed = store.Save(campaign with { Name = "Madrid, enero de 2027" });

        Assert.Equal((CampaignLoadOutcome.Added, CampaignLoadOutcome.Unchanged, CampaignLoadOutcome.Updated), (first, again, changed));
        Campaign stored = Assert.Single(store.All());
        Assert.Equal("Madrid, enero de 2027", stored.Name);
        Assert.Equal(campaign.Brands[0].Contacts, stored.Brands[0].Contacts);
        Assert.Equal("Madrid, enero de 2027", Assert.Single(BrandPulse.Data.Store.SnapshotReader.Read(db).Campaigns).Name);
    }
}
