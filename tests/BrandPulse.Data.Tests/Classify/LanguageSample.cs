using BrandPulse.Data.Tests.Import;

namespace BrandPulse.Data.Tests.Classify;

/// <summary>The labelled replies and complaints of <c>Data/language_sample.tsv</c>: (language, text), 30 per language.</summary>
internal static class LanguageSample
{
    public static IReadOnlyList<(string Language, string Text)> All { get; } =
    [
        .. File.ReadLines(Path.Combine(SharedData.RepoRoot(), "tests", "BrandPulse.Data.Tests", "Classify", "Data", "language_sample.tsv"))
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => line.Split('\t', 2))
            .Select(parts => (parts[0], parts[1])),
    ];
}
