using BrandPulse.Data.Import;
using BrandPulse.Data.Import.Twcs;
using BrandPulse.Data.Registry;

namespace BrandPulse.Data.Tests.Import;

/// <summary>issue 17: a pandas re-save whose texts hold lone carriage returns loses no complaint.</summary>
public sealed class TwcsPandasBareCrTests
{
    // The committed sample as pandas writes it on Linux, four texts holding a lone CR (Files/make_twcs_pandas_bare_cr.py)
    private static readonly string PandasFile =
        Path.Combine(SharedData.RepoRoot(), "tests", "BrandPulse.Data.Tests", "Import", "Files", "twcs_pandas_bare_cr.csv");

    [Fact]
    public void Rows_split_by_a_bare_cr_are_rejoined_reported_and_give_the_same_complaints_as_the_original()
    {
        // Given the original sample and its pandas re-save
        ParsedInput original = TwcsParser.Parse(Path.Combine(SharedData.RepoRoot(), "data", "twcs_kaggle_sample.csv"),
            "twcs_kaggle_sample", Pseudonymizer.ForTests(), new HashSet<string>());
        ParsedInput pandas = TwcsParser.Parse(PandasFile, "twcs_kaggle_sample", Pseudonymizer.ForTests(), new HashSet<string>());

        // Then nothing is rejected, each of the four splits is reported once on its own line, and the complaints are the same
        Assert.Equal(0, pandas.Rejected);
        Assert.Equal(original.Counts["tweets"], pandas.Counts["tweets"]);
        ImportIssue[] rejoined = [.. pandas.Issues.Where(i => i.Reason.Contains("bare carriage return"))];
        Assert.Equal([2, 18, 25, 28], rejoined.Select(i => i.Line));
        Assert.All(rejoined, i => Assert.Equal((IssueKind.Warning, "text"), (i.Kind, i.Field)));
        Assert.Equal(Describe(original), Describe(pandas));
        Assert.Contains(pandas.Complaints, c => c.SourceKey == "119265" && c.AccountHandle == "British_Airways" && c.FirstResponseAtMs is not null);
    }

    private static string Describe(ParsedInput p) => string.Join("\n", p.Complaints.OrderBy(c => c.SourceKey, StringComparer.Ordinal)
        .Select(c => $"{c.SourceKey} {c.AccountHandle} {c.ComplainedAtMs} {c.FirstResponseAtMs} {c.ResponseKind} {c.ComplainantPseudonym}"));
}
