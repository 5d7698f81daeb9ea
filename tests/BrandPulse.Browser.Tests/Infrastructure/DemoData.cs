namespace BrandPulse.Browser.Tests.Infrastructure;

/// <summary>The committed sample data, imported exactly as <c>./brandpulse demo</c> imports it.</summary>
public static class DemoData
{
    public static void ImportInto(string db)
    {
        Collect.Run("brands", "load", RepoRoot.Combine("data", "brands.csv"), "--db", db);
        Collect.Run("import", "twcs", RepoRoot.Combine("data", "twcs_kaggle_sample.csv"), "--db", db);
        Collect.Run("import", "ibm-cdp", RepoRoot.Combine("data", "ibm_twitter_cdp_dev.json"), "--db", db);
        Collect.Run("import", "manual", RepoRoot.Combine("data", "illustrative_phone_log.csv"), "--illustrative", "--db", db);
    }

    /// <summary>The illustrative field campaign <c>./brandpulse demo</c> also loads and imports.</summary>
    public static void ImportCampaignInto(string db)
    {
        Collect.Run("campaign", "load", RepoRoot.Combine("data", "campaigns", "demo-2026-12.json"), "--db", db);
        Collect.Run("import", "field", RepoRoot.Combine("data", "illustrative_campaign_export.csv"), "--db", db);
    }
}
