using System.Security.Cryptography;
using System.Text;
using BrandPulse.Data.Model;
using BrandPulse.Generator.Pipeline;
using BrandPulse.Generator.Publishing;

namespace BrandPulse.Generator.Stages;

/// <summary>
/// The one change a frozen edition accepts: the rows of complaints erased since (<c>collect forget</c>) are taken out of
/// its per-complaint downloads (each brand's <c>complaints.csv</c> and <c>data/complaints.csv</c>), and the edition gets
/// a dated note, <c>erasures.csv</c> (rows removed per day, no codes, no identifiers). Its published figures stay as they
/// were. An edition is filtered again only when the erasures changed since it last was (remembered in the cache folder).
/// </summary>
public static class EraseFromEditions
{
    /// <summary>The note's name inside an edition's folder.</summary>
    public const string NoteFile = "erasures.csv";

    public static void Run(BuildState state)
    {
        IReadOnlyList<ErasedReference> erased = state.Snapshot.ErasedReferences;
        if (erased.Count == 0)
        {
            return;
        }

        var erasedOn = erased.ToDictionary(e => e.Reference, e => e.ErasedOn, StringComparer.Ordinal);
        string digest = Digest(erased);
        var applied = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string edition in Editions.Published(state.Options.OutputDir))
        {
            if (edition == state.Options.Edition || Remembered(state.Options.OutputDir, edition) == digest)
            {
                continue;
            }

            state.Writing(() => Filter(state, edition, erasedOn));
            applied[edition] = digest;
        }

        state.ErasuresApplied = applied;
    }

    /// <summary>Writes the edition's filtered downloads and its note into the release.</summary>
    private static void Filter(BuildState state, string edition, IReadOnlyDictionary<string, string> erasedOn)
    {
        string root = Path.Combine(state.Options.OutputDir, Editions.Folder, edition);
        var removed = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string file in Downloads(root))
        {
            string sitePath = $"{Editions.Folder}/{edition}/{Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/')}";
            EditionErasure.Result? result = null;
            state.Site.Write(sitePath, output =>
            {
                using FileStream input = File.OpenRead(file);
                result = EditionErasure.Filter(input, output, erasedOn);
            });
            if (!sitePath.EndsWith("/" + RenderDownloads.AllComplaintsPath, StringComparison.Ordinal))
            {
                foreach ((string day, int rows) in result!.RemovedByDay)
                {
                    removed[day] = removed.GetValueOrDefault(day) + rows;
                }
            }
        }

        string note = Path.Combine(root, NoteFile);
        if (removed.Count > 0)
        {
            state.Site.Write([new OutputFile($"{Editions.Folder}/{edition}/{NoteFile}", EditionErasure.Note(EditionErasure.ReadNote(note), removed))]);
        }
    }

    /// <summary>An edition's per-complaint downloads as published.</summary>
    private static IEnumerable<string> Downloads(string root)
    {
        string brands = Path.Combine(root, "brands");
        IEnumerable<string> perBrand = Directory.Exists(brands)
            ? Directory.EnumerateFiles(brands, "complaints.csv", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            : [];
        string all = Path.Combine(root, RenderDownloads.AllComplaintsPath);
        return File.Exists(all) ? perBrand.Append(all) : perBrand;
    }

    private static string Digest(IReadOnlyList<ErasedReference> erased) => Convert.ToHexStringLower(SHA256.HashData(
        Encoding.UTF8.GetBytes(string.Join("\n", erased.Select(e => e.Reference + " " + e.ErasedOn)))));

    private static string MarkerPath(string outputDir, string edition) =>
        Path.Combine(CacheFolder.Beside(outputDir), "erasures", edition);

    private static string? Remembered(string outputDir, string edition) =>
        File.Exists(MarkerPath(outputDir, edition)) ? File.ReadAllText(MarkerPath(outputDir, edition)) : null;

    /// <summary>Remembers that the published <paramref name="edition"/> reflects the erasures <paramref name="digest"/> stands for.</summary>
    public static void Remember(string outputDir, string edition, string digest)
    {
        string path = MarkerPath(outputDir, edition);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, digest);
    }
}
