using BrandPulse.Reliability.Tests.Infrastructure;
using BrandPulse.Testing;

namespace BrandPulse.Reliability.Tests;

/// <summary>
/// Invariant 7 (PUB-04, I6): the same database builds a byte-identical site and downloads under any time zone and
/// culture; the generator runs as a child process with TZ, LANG/LC_ALL and globalization-mode variations.
/// </summary>
public sealed class DeterminismTests
{
    public static TheoryData<string, string, string> Environments => FaultIterations.Full
        ? new()
        {
            { "Pacific/Kiritimati", "de_DE.UTF-8", "false" },
            { "America/Adak", "ar_SA.UTF-8", "true" },
            { "Asia/Kathmandu", "tr_TR.UTF-8", "false" },
        }
        : new() { { "Pacific/Kiritimati", "de_DE.UTF-8", "false" } };

    [Theory]
    [MemberData(nameof(Environments))]
    public async Task Issue_PUB04_the_same_database_builds_the_same_bytes_under_any_time_zone_and_culture(string tz, string culture, string invariant)
    {
        // Given the demo database and its site built in UTC with the invariant culture
        using var ws = new Workspace();
        DemoDatabase.Create(ws.Db);
        await PublishCrashTests.Build(ws.Db, ws.File("utc"), Workspace.Env(("TZ", "UTC"), ("LANG", "C.UTF-8"), ("LC_ALL", "C.UTF-8")));

        // When it is built again far from UTC in another culture
        await PublishCrashTests.Build(ws.Db, ws.File("other"), Workspace.Env(("TZ", tz), ("LANG", culture), ("LC_ALL", culture),
            ("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", invariant), ("DOTNET_SYSTEM_GLOBALIZATION_PREDEFINED_CULTURES_ONLY", "false")));

        // Then every file is byte-identical (the site carries no build timestamp)
        Dictionary<string, string> expected = SiteFiles.Hashes(ws.File("utc")), actual = SiteFiles.Hashes(ws.File("other"));
        Assert.True(expected.Count > 0);
        Assert.Contains(Path.Combine("es", "methodology", "index.html"), expected.Keys); // the Spanish pages are compared too
        Assert.Contains(Path.Combine("es", "channels", "twitter", "index.html"), expected.Keys); // with their figures
        Assert.True(expected.Count == actual.Count && expected.All(kv => actual.GetValueOrDefault(kv.Key) == kv.Value), SiteFiles.Diff(expected, actual));
    }
}
