using System.Data.Common;
using BrandPulse.Data;
using BrandPulse.Data.Registry;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Stages;
using BrandPulse.Testing;

namespace BrandPulse.Generator.Tests.Site;

/// <summary>
/// Sites built once for the site-file tests: the demo data twice (to compare the builds byte for byte), and a small
/// database with hostile names (markup, ampersands, quotes, a right-to-left override) built through the real import path.
/// </summary>
public sealed class BuiltSites : IAsyncLifetime
{
    public const string HostileName = "<script>alert(\"x\")</script> & 'Sons' \u202Eevil";
    public const string HostileSlug = "hostile";

    private readonly TempDir _dir = new();

    public string Demo => _dir.File("demo");
    public string DemoAgain => _dir.File("demo-again");
    public string Hostile => _dir.File("hostile");

    /// <summary>The demo site built as the edition of <see cref="EditionDate"/>: the live copy and the frozen one under editions/.</summary>
    public string Edition => _dir.File("edition");
    public const string EditionDate = "2026-11-25";

    /// <summary>The model the hostile site was built from.</summary>
    public SiteModel HostileModel { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        DemoDatabase.Create(_dir.File("demo.db"));
        await SiteBuild.RunAsync(new BuildOptions(_dir.File("demo.db"), Demo, RepoPaths.Site));
        await SiteBuild.RunAsync(new BuildOptions(_dir.File("demo.db"), DemoAgain, RepoPaths.Site));
        await SiteBuild.RunAsync(new BuildOptions(_dir.File("demo.db"), Edition, RepoPaths.Site, EditionDate));
        CreateHostile(_dir.File("hostile.db"));
        await SiteBuild.RunAsync(new BuildOptions(_dir.File("hostile.db"), Hostile, RepoPaths.Site));
        HostileModel = ComputeFigures.From(ReadSnapshot.From(_dir.File("hostile.db")));
    }

    public Task DisposeAsync()
    {
        _dir.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Four brands: ranked, shown with a hostile name and industry, too few, and one without an industry.</summary>
    private static void CreateHostile(string db)
    {
        using DbConnection connection = Database.OpenForWrite(db);
        RegistryLoader.Apply(connection,
        [
            new RegistryEntry("acme-bank", "Acme Bank", "Banking & finance", [], 1),
            new RegistryEntry(HostileSlug, HostileName, "Shops \"&\" <i>more</i>", [], 2),
            new RegistryEntry("tiny-co", "Tiny Co", null, [], 3),
        ]);
        var entries = new List<(string, string, string, string?, string)>();
        for (int i = 0; i < 34; i++)
        {
            entries.Add(Entry("Acme Bank", "twitter", i, i % 9 == 0 ? null : 3 + (i * 7 % 50), $"a{i}"));
        }

        for (int i = 0; i < 12; i++)
        {
            entries.Add(Entry(HostileName, "twitter", i, 20 + i * 11, $"h{i}"));
            entries.Add(Entry(HostileName, "phone", i, 5 + i, $"hp{i}"));
        }

        for (int i = 0; i < 3; i++)
        {
            entries.Add(Entry("Tiny Co", "email", i, 60, $"t{i}"));
        }

        DemoDatabase.Log(connection, [.. entries]);
    }

    private static (string, string, string, string?, string) Entry(string brand, string channel, int i, int? minutes, string reference)
    {
        DateTimeOffset at = new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero).AddHours(i * 5);
        return (brand, channel, Iso(at), minutes is int m ? Iso(at.AddMinutes(m)) : null, reference);
    }

    private static string Iso(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
}

[CollectionDefinition(nameof(BuiltSites))]
public sealed class BuiltSitesCollection : ICollectionFixture<BuiltSites>;
