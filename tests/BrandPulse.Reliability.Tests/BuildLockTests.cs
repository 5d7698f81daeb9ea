using System.Diagnostics;
using BrandPulse.Reliability.Tests.Infrastructure;
using BrandPulse.Testing;

namespace BrandPulse.Reliability.Tests;

/// <summary>PUB-03 and issue 18: two builds into the same folder never mix; the second waits for the lock, or refuses (75).</summary>
public sealed class BuildLockTests
{
    [Fact]
    public async Task Issue18_a_build_refuses_with_75_when_another_holds_the_lock_longer_than_it_waits()
    {
        // Given a published site and another build holding its lock (flock on site.lock beside it)
        using var ws = new Workspace();
        DemoDatabase.Create(ws.Db);
        string site = ws.File("out/site");
        await PublishCrashTests.Build(ws.Db, site);
        Dictionary<string, string> published = SiteFiles.Hashes(site);
        using (new FileStream(ws.File("out/site.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            // When a build waits at most one second for it
            var clock = Stopwatch.StartNew();
            ProcessResult r = await ChildProcess.BuildAsync(Workspace.Env(), [.. PublishCrashTests.BuildArgs(ws.Db, site), "--lock-wait", "1"]);

            // Then it gives up after that second with 75 and a clear message, having written nothing
            Assert.True(r.ExitCode == 75, r.ToString());
            Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(1));
            Assert.Contains($"another build is writing into {site}", r.Stderr);
            Assert.Contains("waited 1 s", r.Stderr);
            Assert.Equal(published, SiteFiles.Hashes(site));
            Assert.Empty(Directory.EnumerateFileSystemEntries(ws.File("out"), "site.staging-*"));
        }
    }

    [Fact]
    public async Task Issue18_two_builds_at_once_both_succeed_one_after_the_other_and_publish_one_whole_release()
    {
        // Given a database and the release one build makes of it
        using var ws = new Workspace();
        DemoDatabase.Create(ws.Db);
        await PublishCrashTests.Build(ws.Db, ws.File("reference/site"));
        Dictionary<string, string> reference = SiteFiles.Hashes(ws.File("reference/site"));

        // When a second build into the same folder starts while the first is writing (its staging folder exists)
        string site = ws.File("out/site");
        Directory.CreateDirectory(ws.File("out"));
        Task<ProcessResult> first = ChildProcess.BuildAsync(Workspace.Env(), PublishCrashTests.BuildArgs(ws.Db, site));
        var clock = Stopwatch.StartNew();
        while (!first.IsCompleted && !Directory.EnumerateDirectories(ws.File("out"), "site.staging-*").Any() && clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            await Task.Delay(5);
        }

        Assert.False(first.IsCompleted, "the first build ended before its staging folder was seen");
        Task<ProcessResult> second = ChildProcess.BuildAsync(Workspace.Env(), PublishCrashTests.BuildArgs(ws.Db, site));
        ProcessResult[] results = await Task.WhenAll(first, second);

        // Then both succeed, the second having waited for the first, and the site is one whole release
        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.ToString()));
        Assert.DoesNotContain("another build is writing into", results[0].Output);
        Assert.Contains("another build is writing into", results[1].Output);
        Assert.Equal(reference, SiteFiles.Hashes(site));
        Assert.Empty(Directory.EnumerateFileSystemEntries(ws.File("out"), "site.staging-*"));
    }
}
