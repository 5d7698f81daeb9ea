using BrandPulse.Data.Tests.Import;

namespace BrandPulse.Data.Tests.Classify;

/// <summary>
/// The labelled replies and complaints of <c>Data/language_sample.tsv</c> (30 per language) and
/// <c>Data/language_heldout.tsv</c> (5 per language, never used to change the detector): (language, text).
/// </summary>
internal static class LanguageSample
{
    public static IReadOnlyList<(string Language, string Text)> All { get; } = Read("language_sample.tsv");

    public static IReadOnlyList<(string Language, string Text)> HeldOut { get; } = Read("language_heldout.tsv");

    private static (string, string)[] Read(string file) =>
    [
        .. File.ReadLines(Path.Combine(SharedData.RepoRoot(), "tests", "BrandPulse.Data.Tests", "Classify", "Data", file))
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => line.Split('\t', 2))
            .Select(parts => (parts[0], parts[1])),
    ];
}
