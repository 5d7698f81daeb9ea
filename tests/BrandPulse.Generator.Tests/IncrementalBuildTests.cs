using BrandPulse.Data;
using BrandPulse.Generator.Charts;
using BrandPulse.Generator.Incremental;
using BrandPulse.Generator.Stages;
using BrandPulse.Testing;
using Microsoft.Data.Sqlite;

namespace BrandPulse.Generator.Tests;

/// <summary>A rebuild that reuses the previous build's charts writes exactly the files a full build writes.</summary>
public sealed class IncrementalBuildTests
{
    [Fact]
    public async Task An_incremental_build_after_new_complaints_writes_the_same_files_as_a_full_build()
    {
        // Given a site built once (its chart cache beside it), then new complaints for one brand
        using var dir = new TempDir();
        string db = dir.File("bp.db");
        DemoDatabase.Create(db);
        string incremental = dir.File("incremental");
        await SiteBuild.RunAsync(new BuildOptions(db, incremental, RepoPaths.Site));
        using (SqliteConnection connection = Database.OpenForWrite(db))
        {
            DemoDatabase.Log(connection,
                ("Apple", "phone", "2020-04-07T10:00:00Z", "2020-04-07T10:09:00Z", "INC-1"),
                ("Apple", "phone", "2020-04-07T11:00:00Z", "2020-04-07T11:31:00Z", "INC-2"));
        }

        // When the site is rebuilt over its cache, and built in full elsewhere
        await SiteBuild.RunAsync(new BuildOptions(db, incremental, RepoPaths.Site));
        string full = dir.File("full");
        await SiteBuild.RunAsync(new BuildOptions(db, full, RepoPaths.Site));

        // Then both sites have the same files, byte for byte
        Assert.Equal(Files(full).Keys, Files(incremental).Keys);
        foreach ((string path, byte[] bytes) in Files(full))
        {
            Assert.True(bytes.AsSpan().SequenceEqual(Files(incremental)[path]), $"{path} differs");
        }
    }

    [Fact]
    public void A_chart_whose_data_did_not_change_is_not_rendered_again()
    {
        // Given the chart models of the demo site and a cache that has seen them once
        using var dir = new TempDir();
        string db = dir.File("bp.db");
        DemoDatabase.Create(db);
        IReadOnlyDictionary<string, WaitChartModel> models = RenderCharts.Models(ComputeFigures.From(ReadSnapshot.From(db)));
        IReadOnlyList<OutputFile> first = RenderCharts.For(models, new RenderCache(dir.File("cache")));

        // When the same charts are asked for again, one of them with a changed curve
        string changed = models.Keys.First();
        var edited = models.ToDictionary(m => m.Key, m => m.Key == changed ? m.Value with { AltText = m.Value.AltText + " (edited)" } : m.Value,
            StringComparer.Ordinal);
        var cache = new RenderCache(dir.File("cache"));
        IReadOnlyList<OutputFile> second = RenderCharts.For(edited, cache);

        // Then only the changed one is rendered, and the files are those of the first time
        Assert.Equal(models.Count - 1, cache.Hits);
        Assert.Equal(1, cache.Misses);
        Assert.Equal(first.Select(f => (f.Path, Convert.ToHexString(f.Bytes))), second.Select(f => (f.Path, Convert.ToHexString(f.Bytes))));
    }

    private static Dictionary<string, byte[]> Files(string root) => Directory
        .EnumerateFiles(root, "*", SearchOption.AllDirectories)
        .ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllBytes, StringComparer.Ordinal);
}
