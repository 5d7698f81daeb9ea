using BrandPulse.Generator.Localization;

namespace BrandPulse.Generator.Site;

/// <summary>
/// A data set BrandPulse's figures are derived from, with its licence; the attribution it asks for is in the interface
/// strings (<c>source.KEY_attribution</c>), so each language's downloads credit it in their own words.
/// </summary>
public sealed record DataSource(string Key, string Title, string Path, string Licence, string LicenceUrl)
{
    /// <summary>The attribution in the language of <paramref name="text"/>.</summary>
    public string Attribution(Strings text) => text[$"source.{Key}_attribution"];
}

/// <summary>The data sets behind the figures (as on the About page), and the licences the downloads carry.</summary>
public static class DataSources
{
    public static DataSource Twcs { get; } = new("twcs", "Customer Support on Twitter",
        "https://www.kaggle.com/datasets/thoughtvector/customer-support-on-twitter",
        "CC-BY-NC-SA-4.0", "https://creativecommons.org/licenses/by-nc-sa/4.0/");

    public static DataSource Ibm { get; } = new("ibm", "IBM twitter-customer-care-document-prediction",
        "https://github.com/IBM/twitter-customer-care-document-prediction",
        "Apache-2.0", "https://www.apache.org/licenses/LICENSE-2.0");

    public static IReadOnlyList<DataSource> All { get; } = [Twcs, Ibm];
}
