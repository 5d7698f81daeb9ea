using BrandPulse.Generator.Model;
using BrandPulse.Generator.Rendering;
using BrandPulse.Testing;

namespace BrandPulse.Generator.Tests.Rendering;

/// <summary>
/// What rendering works out once (strings, settings, page frames) lives in the build's context, not in static fields:
/// a site folder edited between two builds in one process shows its new words in the second.
/// </summary>
public sealed class ContextMemoTests
{
    [Fact]
    public async Task Two_builds_in_one_process_from_a_site_folder_edited_between_them_give_each_its_own_words()
    {
        // Given a copy of the site folder, and the demo database
        using var dir = new TempDir();
        string site = dir.File("site");
        Incremental.SiteFiles.Copy(RepoPaths.Site, site);
        string db = dir.File("bp.db");
        DemoDatabase.Create(db);

        // When the site is built, the header's "Brands" link renamed, and the site built again elsewhere in this process
        await SiteBuild.RunAsync(new BuildOptions(db, dir.File("first"), site));
        string frameBefore = LayoutMarkup.Frame("", Context(site)).Top.Value;
        Rename(site, "nav.brands = Brands", "nav.brands = Marques");
        await SiteBuild.RunAsync(new BuildOptions(db, dir.File("second"), site));

        // Then each build's pages carry the words of the folder as it was then
        string first = File.ReadAllText(Path.Combine(dir.File("first"), "index.html"));
        string second = File.ReadAllText(Path.Combine(dir.File("second"), "index.html"));
        Assert.Contains(">Brands</a>", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Marques", first, StringComparison.Ordinal);
        Assert.Contains(">Marques</a>", second, StringComparison.Ordinal);

        // And so does a context made outside a build after the edit, while one made before keeps what it read
        Assert.Contains(">Brands</a>", frameBefore, StringComparison.Ordinal);
        Assert.Contains(">Marques</a>", LayoutMarkup.Frame("", Context(site)).Top.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Contexts_made_from_one_another_share_one_memo_and_a_new_context_starts_empty()
    {
        // Given a context that has rendered a page frame, and the Spanish context made from it
        SiteContext english = Context(RepoPaths.Site);
        _ = LayoutMarkup.Frame("../", english);
        SiteContext spanish = english.In(BrandPulse.Statistics.SiteLanguage.Spanish);

        // Then the Spanish one holds what the English one worked out, and a context made anew holds nothing
        Assert.Same(english.Memo, spanish.Memo);
        Assert.True(english.Memo.Count > 0);
        Assert.Equal(0, Context(RepoPaths.Site).Memo.Count);
    }

    private static SiteContext Context(string site) =>
        new(SiteContext.DefaultBaseUrl, SiteContext.CurrentMethodologyVersion, null, site);

    private static void Rename(string site, string from, string to)
    {
        string path = Path.Combine(site, "i18n", "en.txt");
        string text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }
}
