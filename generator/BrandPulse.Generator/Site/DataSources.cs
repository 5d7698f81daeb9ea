namespace BrandPulse.Generator.Site;

/// <summary>A data set BrandPulse's figures are derived from, with its licence and the attribution it asks for.</summary>
public sealed record DataSource(string Title, string Path, string Licence, string LicenceUrl, string Attribution);

/// <summary>The data sets behind the figures (as on the About page), and the licences the downloads carry.</summary>
public static class DataSources
{
    public static DataSource Twcs { get; } = new("Customer Support on Twitter",
        "https://www.kaggle.com/datasets/thoughtvector/customer-support-on-twitter",
        "CC-BY-NC-SA-4.0", "https://creativecommons.org/licenses/by-nc-sa/4.0/",
        "“Customer Support on Twitter”, Stuart Axelbrooke / thoughtvector, Kaggle. Figures derived from it are CC BY-NC-SA 4.0: non-commercial, share alike.");

    public static DataSource Ibm { get; } = new("IBM twitter-customer-care-document-prediction",
        "https://github.com/IBM/twitter-customer-care-document-prediction",
        "Apache-2.0", "https://www.apache.org/licenses/LICENSE-2.0",
        "IBM, Ganhotra et al., EMNLP 2020. Conversations were selected because the brand answered with a support document.");

    public static IReadOnlyList<DataSource> All { get; } = [Twcs, Ibm];
}
