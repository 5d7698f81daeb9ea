using System.Data.Common;
using BrandPulse.Data;
using BrandPulse.Data.Store;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Stages;
using BrandPulse.Testing;

namespace BrandPulse.Generator.Tests.Model;

public sealed class AdviceTests
{
    private static readonly SiteContext s_site = new(SiteContext.DefaultBaseUrl, SiteContext.CurrentMethodologyVersion, null, RepoPaths.Site);

    private static BrandFigures Figures(params (string Brand, string Channel, int Minutes, bool Answered)[] complaints)
    {
        using DbConnection db = Database.OpenInMemory();
        DemoDatabase.Log(db, [.. complaints.Select((c, i) => (c.Brand, c.Channel, $"2024-05-02T09:{i % 60:00}:00Z",
            c.Answered ? (string?)DateTimeOffset.Parse($"2024-05-02T09:{i % 60:00}:00Z", System.Globalization.CultureInfo.InvariantCulture).AddMinutes(c.Minutes).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture) : null,
            $"r{i}"))]);
        return Assert.Single(ComputeFigures.From(SnapshotReader.Read(db)).Brands);
    }

    [Fact]
    public void A_brand_that_leaves_half_its_complaints_unanswered_is_told_to_answer_every_complaint_first()
    {
        // Given 20 tweets, half answered within 5 minutes, half never
        BrandFigures brand = Figures([.. Enumerable.Range(0, 20).Select(i => ("Acme", "twitter", 5, i % 2 == 0))]);

        // When advice is drawn from its figures
        IReadOnlyList<AdviceItem> advice = Advice.For(brand, s_site);

        // Then answering every complaint comes first, quoting the 50% left unanswered
        Assert.Equal("Answer every complaint.", advice[0].Practice);
        Assert.Contains("50%", advice[0].Because);

        // And in Spanish, the same advice in Spanish words and number forms
        AdviceItem spanish = Advice.For(brand, s_site.In(BrandPulse.Statistics.SiteLanguage.Spanish))[0];
        Assert.Equal("Responde a todas las quejas.", spanish.Practice);
        Assert.StartsWith("En Twitter/X, el 50\u00A0% de las quejas", spanish.Because, StringComparison.Ordinal);
    }

    [Fact]
    public void A_brand_that_answers_everyone_within_minutes_gets_no_advice()
    {
        BrandFigures brand = Figures([.. Enumerable.Range(0, 20).Select(i => ("Acme", "twitter", 3 + (i % 4), true))]);

        Assert.Empty(Advice.For(brand, s_site));
    }

    [Fact]
    public void A_slow_twitter_brand_is_told_to_answer_fast()
    {
        BrandFigures brand = Figures([.. Enumerable.Range(0, 20).Select(i => ("Acme", "twitter", 180 + i, true))]);

        AdviceItem item = Assert.Single(Advice.For(brand, s_site));
        Assert.StartsWith("Answer fast", item.Practice);
        Assert.Contains("3 h", item.Because);
    }

    [Fact]
    public void Brands_below_the_display_threshold_get_no_advice()
    {
        BrandFigures brand = Figures([.. Enumerable.Range(0, 5).Select(i => ("Acme", "twitter", 500, false))]);

        Assert.Empty(Advice.For(brand, s_site));
    }
}
