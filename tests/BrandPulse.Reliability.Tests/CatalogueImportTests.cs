using System.Text.Json;
using System.Text.RegularExpressions;
using BrandPulse.Reliability.Tests.Infrastructure;
using BrandPulse.Testing.Fuzz;

namespace BrandPulse.Reliability.Tests;

/// <summary>
/// Invariant 1 over the catalogue's twcs fixtures (IMP-01…IMP-12): each file imports to the stated number of
/// complaints with every bad record reported (file, line, record, field, reason; console and --report JSON), or is
/// refused whole with one line naming the file and line; line-ending, BOM and header variants give the same database.
/// </summary>
public sealed class CatalogueImportTests
{
    /// <summary>Fixtures that fail because of a product bug (each listed in the README's reliability section).</summary>
    private static readonly string[] s_buggy = ["nul_byte.csv", "ok_utf16le_bom.csv"]; // each also has its own named test below

    public static TheoryData<string> Fixtures => [.. TwcsFixtures.All().Select(f => f.Name).Except(s_buggy)];

    [Theory]
    [InlineData("nul_byte.csv")]
    public void Issue_IMP09_controls_in_an_author_id_are_rejected(string name) => Issue_IMP_each_catalogue_fixture_is_imported_or_refused_as_stated(name);

    [Theory]
    [InlineData("ok_utf16le_bom.csv")]
    public void Issue_IMP08_a_utf16_file_is_refused_naming_utf16(string name) => Issue_IMP_each_catalogue_fixture_is_imported_or_refused_as_stated(name);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Issue_IMP_each_catalogue_fixture_is_imported_or_refused_as_stated(string name)
    {
        FuzzFixture fixture = TwcsFixtures.All().Single(f => f.Name == name);
        using var ws = new Workspace();
        string file = fixture.WriteTo(ws.Path);

        ProcessResult r = InProcessCollector.Run(ws.Db, "import", "twcs", file, "--dataset", "fx", "--report", ws.File("report.json"));

        Assert.DoesNotContain("Unhandled exception", r.Output);
        Assert.DoesNotContain("   at ", r.Stderr);
        if (fixture.IsFatal)
        {
            Assert.True(r.ExitCode == 1, r.ToString());
            string line = Assert.Single(r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            Assert.Matches(new Regex(fixture.FatalPattern!), line);
            Assert.DoesNotContain('\0', line);
            Assert.True(!File.Exists(ws.Db) || DbCheck.Complaints(ws.Db) == 0);
            return;
        }

        Assert.True(r.ExitCode == (fixture.RejectedLines.Count > 0 ? 2 : 0) || (fixture.Tolerance > 0 && r.ExitCode is 0 or 2), r.ToString());
        long stored = DbCheck.Complaints(ws.Db);
        Assert.InRange(stored, fixture.Complaints!.Value - fixture.Tolerance, fixture.Complaints.Value);
        string dump = DbCheck.FullDump(ws.Db);
        Assert.DoesNotContain('\uFFFD', dump);
        Assert.DoesNotContain('\0', dump);

        // Every rejected line is in the report, with file, line, record, field and reason, and on the console
        using JsonDocument report = JsonDocument.Parse(File.ReadAllText(ws.File("report.json")));
        var rejected = report.RootElement.GetProperty("issues").EnumerateArray()
            .Where(i => i.GetProperty("kind").GetString() == "rejected").ToList();
        foreach (int line in fixture.RejectedLines)
        {
            JsonElement issue = Assert.Single(rejected, i => i.GetProperty("line").GetInt32() == line);
            Assert.Equal(fixture.Name, issue.GetProperty("file").GetString());
            Assert.Equal(JsonValueKind.Number, issue.GetProperty("record").ValueKind);
            Assert.False(string.IsNullOrWhiteSpace(issue.GetProperty("reason").GetString()));
            Assert.Contains($"{fixture.Name}:{line}:", r.Stderr);
        }

        Assert.Equal(fixture.RejectedLines.Count, rejected.Count);
        if (fixture.SameAs is { } same)
        {
            using var reference = new Workspace();
            string refFile = TwcsFixtures.All().Single(f => f.Name == same).WriteTo(reference.Path);
            Assert.Equal(0, InProcessCollector.Run(reference.Db, "import", "twcs", refFile, "--dataset", "fx").ExitCode);
            Assert.Equal(DbCheck.CanonicalDump(reference.Db), DbCheck.CanonicalDump(ws.Db));
        }

        // Importing it again adds nothing (DUP-01)
        string before = DbCheck.CanonicalDump(ws.Db);
        ProcessResult again = InProcessCollector.Run(ws.Db, "import", "twcs", file, "--dataset", "fx");
        Assert.Equal(r.ExitCode, again.ExitCode);
        Assert.Equal(before, DbCheck.CanonicalDump(ws.Db));
    }
}
