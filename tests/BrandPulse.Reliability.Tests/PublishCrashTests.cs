using System.Data.Common;
using System.Diagnostics;
using BrandPulse.Data;
using BrandPulse.Reliability.Tests.Infrastructure;
using BrandPulse.Testing;

namespace BrandPulse.Reliability.Tests;

/// <summary>
/// Invariant 3 (PUB-01, DSK-02): a build killed at any moment leaves the previous site intact and complete; the new
/// site appears all at once; leftovers of killed builds are cleaned by the next one.
/// </summary>
public sealed class PublishCrashTests
{
    [Fact]
    public async Task Issue_PUB01_kill_9_during_builds_leaves_the_old_release_or_the_new_one_never_a_mix()
    {
        // Given a published site from the demo database, then more complaints in the database
        using var ws = new Workspace();
        DemoDatabase.Create(ws.Db);
        string site = ws.File("out/site");
        await Build(ws.Db, site);
        Dictionary<string, string> old = SiteFiles.Hashes(site);
        using (DbConnection c = Database.OpenForWrite(ws.Db))
        {
            DemoDatabase.Log(c, [.. Enumerable.Range(0, 40).Select(i =>
                ("Newcomer Bank", "phone", $"2024-05-02T09:{i:00}:00Z", (string?)$"2024-05-02T10:{i:00}:00Z", $"NEW-{i}"))]);
        }

        // and the release a complete build makes of it, and how long that takes
        var clock = Stopwatch.StartNew();
        await Build(ws.Db, ws.File("reference/site"));
        TimeSpan full = clock.Elapsed;
        Dictionary<string, string> next = SiteFiles.Hashes(ws.File("reference/site"));
        Assert.NotEqual(old.Count, next.Count);

        // When builds into the published folder are killed (SIGKILL) at random moments
        Random random = FaultIterations.Random(2);
        int iterations = FaultIterations.Count(quick: 3);
        for (int i = 0; i < iterations; i++)
        {
            var at = TimeSpan.FromMilliseconds(random.Next(100, (int)full.TotalMilliseconds + 200));
            ProcessResult r = await ChildProcess.RunAsync(ChildProcess.Generator, Workspace.Env(), at, BuildArgs(ws.Db, site));
            Assert.True(r.Killed || r.ExitCode == 0, r.ToString());

            // Then the published folder is byte for byte the old release or the new one
            Dictionary<string, string> now = SiteFiles.Hashes(site);
            Assert.True(Same(now, old) || Same(now, next),
                $"iteration {i}, killed at {at.TotalMilliseconds} ms: a mixed or partial site\n{SiteFiles.Diff(next, now)}");
        }

        // And a complete build publishes the new release and leaves no staging folder behind
        await Build(ws.Db, site);
        Assert.True(Same(SiteFiles.Hashes(site), next));
        Assert.Empty(Directory.EnumerateFileSystemEntries(ws.File("out"), "site.staging-*"));
    }

    internal static string[] BuildArgs(string db, string outDir) => ["build", "--db", db, "--out", outDir, "--site", RepoPaths.Site];

    internal static async Task Build(string db, string outDir, Dictionary<string, string?>? env = null)
    {
        ProcessResult r = await ChildProcess.BuildAsync(env ?? Workspace.Env(), BuildArgs(db, outDir));
        Assert.True(r.ExitCode == 0, r.ToString());
    }

    private static bool Same(Dictionary<string, string> a, Dictionary<string, string> b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out string? v) && v == kv.Value);
}
