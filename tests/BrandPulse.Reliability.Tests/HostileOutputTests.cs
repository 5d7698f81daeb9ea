using System.Data.Common;
using BrandPulse.Data;
using BrandPulse.Data.Import;
using BrandPulse.Data.Import.Twcs;
using BrandPulse.Data.Registry;
using BrandPulse.Generator;
using BrandPulse.Testing;
using BrandPulse.Testing.Fuzz;
using BrandPulse.Testing.Scan;

namespace BrandPulse.Reliability.Tests;

/// <summary>
/// Invariant 5 (OUT-01…OUT-08, IDN-02): hostile text in every input field comes out escaped or rejected in HTML, SVG,
/// CSV, JSON and feeds; the scanner over the built site proves it.
/// </summary>
public sealed class HostileOutputTests
{
    [Fact]
    public async Task Issue_OUT01_markup_script_formulas_and_template_strings_come_out_inert_everywhere() =>
        await AssertInert(HostileStrings.Markup.Concat(HostileStrings.Formulas).Append(HostileStrings.Long), expectRendered: true);

    [Fact]
    public async Task Issue_IDN02_bidi_and_zero_width_characters_never_reach_an_output() =>
        await AssertInert(HostileStrings.Invisible, expectRendered: false);

    [Fact]
    public async Task Issue_IMP09_control_characters_in_names_never_reach_an_output() =>
        await AssertInert(HostileStrings.Controls, expectRendered: false);

    /// <summary>Brands named by <paramref name="names"/> through a person's entries and through twcs reply authors; built and scanned.</summary>
    private static async Task AssertInert(IEnumerable<string> names, bool expectRendered)
    {
        // Given brands named by hostile strings, each with enough complaints to be ranked and charted
        using var tmp = new TempDir();
        string db = tmp.File("bp.db");
        string[] hostile = [.. names];
        using (DbConnection c = Database.OpenForWrite(db))
        {
            for (int b = 0; b < hostile.Length; b++)
            {
                string name = hostile[b];
                if (name.Trim().Length is 0 or > 200)
                {
                    continue;
                }

                try
                {
                    DemoDatabase.Log(c, [.. Enumerable.Range(0, 35).Select(i =>
                        (name, b % 2 == 0 ? "phone" : "twitter", $"2024-05-02T09:{i:00}:00Z", (string?)$"2024-05-02T1{b % 10}:{i:00}:00Z", $"H{b}-{i}"))]);
                }
                catch (ArgumentException refused) when (refused.Message.Contains("control characters", StringComparison.Ordinal))
                {
                    // A person typing control characters into a brand name is refused: also inert.
                    Assert.False(expectRendered, $"refused a name that should have been accepted: {refused.Message[..80]}");
                }
            }

            var twcs = new TwcsFile();
            for (int i = 0; i < hostile.Length * 3; i++)
            {
                twcs.Conversation(i, brand: hostile[i % hostile.Length], text: $"@{hostile[i % hostile.Length]} {Canaries.Text}", customer: Canaries.Handle + i);
            }

            ParsedInput parsed = TwcsParser.Parse(new MemoryStream(twcs.Bytes()), "hostile.csv", "hostile", Pseudonymizer.ForTests(), new HashSet<string>());
            new ImportSession(c).Write(parsed);
        }

        // When the site is built
        string site = tmp.File("site");
        await SiteBuild.RunAsync(new BuildOptions(db, site, RepoPaths.Site));

        // Then the scanner finds nothing that could run, mislead or leak
        IReadOnlyList<ScanFinding> findings = SiteScanner.Scan(site, [.. Canaries.Personal]);
        Assert.True(findings.Count == 0, string.Join("\n", findings.Take(40)) + $"\n({findings.Count} findings)");

        // and the payloads were rendered, as text
        if (expectRendered)
        {
            string home = File.ReadAllText(Path.Combine(site, "index.html"));
            Assert.Contains("&lt;script&gt;bpx()&lt;/script&gt;", home);
        }
    }
}
