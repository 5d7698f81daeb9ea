using System.Text.Json;
using BrandPulse.Reliability.Tests.Infrastructure;
using BrandPulse.Testing.Fuzz;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BrandPulse.Reliability.Tests;

/// <summary>
/// Invariant 1 (I1): every input record is imported exactly once or reported rejected with file, line, field and
/// reason, on the console and in the --report JSON; nothing is invented.
/// </summary>
public sealed class AccountingTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Issue_I1_every_record_of_a_seeded_file_is_stored_once_or_rejected_on_its_line(int seed)
    {
        // Given a seeded file of good rows, mistyped rows and hostile brand names
        using var ws = new Workspace();
        ManualFixture fixture = ManualFixtures.Mixed(seed, rows: FaultIterations.Full ? 5_000 : 300, hostileBrands: true);
        string file = fixture.WriteTo(ws.Path);

        // When it is imported with a report
        ProcessResult r = InProcessCollector.Run(ws.Db, "import", "manual", file, "--report", ws.File("report.json"));

        // Then exactly the good rows are stored, once each, and nothing else
        Assert.Equal(fixture.RejectedLines.Count > 0 ? 2 : 0, r.ExitCode);
        using (var c = new SqliteConnection($"Data Source={ws.Db};Pooling=False"))
        {
            Assert.Equal(fixture.AcceptedRefs.Order(StringComparer.Ordinal), c.Query<string>("SELECT source_key FROM complaint ORDER BY source_key;"));
        }

        // and every other row is reported rejected on its physical line, with the field and why
        using JsonDocument report = JsonDocument.Parse(File.ReadAllText(ws.File("report.json")));
        var issues = report.RootElement.GetProperty("issues").EnumerateArray().Where(i => i.GetProperty("kind").GetString() == "rejected").ToList();
        Assert.Equal(fixture.RejectedLines, issues.Select(i => i.GetProperty("line").GetInt32()).Distinct());
        Assert.All(issues, i =>
        {
            Assert.Equal(fixture.Name, i.GetProperty("file").GetString());
            Assert.False(string.IsNullOrEmpty(i.GetProperty("field").GetString()));
            Assert.False(string.IsNullOrEmpty(i.GetProperty("reason").GetString()));
        });
        Assert.Equal(fixture.AcceptedRefs.Count, report.RootElement.GetProperty("accepted").GetInt32());
        foreach (int line in fixture.RejectedLines.Take(40))
        {
            Assert.Contains($"{fixture.Name}:{line}:", r.Stderr);
        }
    }

    [Fact]
    public void Issue_I1_manual_rejections_carry_the_record_number()
    {
        using var ws = new Workspace();
        ManualFixture fixture = ManualFixtures.Mixed(4, rows: 50);
        InProcessCollector.Run(ws.Db, "import", "manual", fixture.WriteTo(ws.Path), "--report", ws.File("report.json"));
        using JsonDocument report = JsonDocument.Parse(File.ReadAllText(ws.File("report.json")));
        Assert.All(report.RootElement.GetProperty("issues").EnumerateArray(), i => Assert.Equal(JsonValueKind.Number, i.GetProperty("record").ValueKind));
    }

    [Fact]
    public void Issue_IMP07_invalid_utf8_in_a_manual_file_rejects_that_line_only()
    {
        using var ws = new Workspace();
        byte[] bytes = [.. System.Text.Encoding.UTF8.GetBytes(ManualFixtures.Header + "\nR1,Acme,phone,2024-05-02T09:00:00Z,,\nR2,Caf"), 0xE9, .. "e,phone,2024-05-02T09:00:00Z,,\n"u8];
        string file = ws.Write("latin1.csv", bytes);
        ProcessResult r = InProcessCollector.Run(ws.Db, "import", "manual", file);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("latin1.csv:3:", r.Stderr);
        Assert.Equal(1, DbCheck.Complaints(ws.Db));
    }
}
