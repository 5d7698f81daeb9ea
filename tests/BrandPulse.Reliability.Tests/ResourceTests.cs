using System.Diagnostics;
using BrandPulse.Reliability.Tests.Infrastructure;
using BrandPulse.Testing.Fuzz;

namespace BrandPulse.Reliability.Tests;

/// <summary>
/// Invariant 8 (DSK-01, DSK-05, IMP-11): a big input imports in bounded memory; a full disk during an import fails
/// cleanly (documented code, one reason, sound database) and a rerun after freeing space equals a clean run.
/// </summary>
public sealed class ResourceTests
{
    /// <summary>Input size: 24 MiB in ./test.sh, BRANDPULSE_BIG_INPUT_MB (1024 in scripts/reliability.sh) in the full run.</summary>
    private static int InputMiB => int.TryParse(Environment.GetEnvironmentVariable("BRANDPULSE_BIG_INPUT_MB"), out int mb) ? mb : 24;

    [Fact]
    public async Task Issue_DSK05_a_big_export_imports_under_a_256_MiB_heap_limit()
    {
        // Given an export of InputMiB MiB (few rows, long texts: the per-record cost is the parser's, not the rows')
        using var ws = new Workspace();
        string file = ws.File("big.csv");
        int conversations = 0;
        using (FileStream stream = File.Create(file))
        {
            var header = new TwcsFile();
            stream.Write(header.Bytes());
            string padding = new('x', 4000);
            while (stream.Length < InputMiB * 1024L * 1024)
            {
                var chunk = new TwcsFile();
                for (int i = 0; i < 200; i++, conversations++)
                {
                    chunk.Conversation(conversations, text: $"@AcmeHelp {padding} {conversations}");
                }

                byte[] bytes = chunk.Bytes();
                stream.Write(bytes, Array.IndexOf(bytes, (byte)'\n') + 1, bytes.Length - Array.IndexOf(bytes, (byte)'\n') - 1);
            }
        }

        // When it is imported with the heap capped at 256 MiB
        ProcessResult r = await ChildProcess.CollectAsync(Workspace.Env(("DOTNET_GCHeapHardLimit", "0x10000000")), "import", "twcs", file, "--db", ws.Db);

        // Then it completes, every complaint stored, without running out of memory
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(conversations, DbCheck.Complaints(ws.Db));
        Assert.True(r.PeakRssKiB < 700 * 1024, $"peak RSS {r.PeakRssKiB / 1024} MiB");
    }

    [Fact]
    public async Task Issue_DSK01_a_full_disk_during_an_import_fails_cleanly_and_a_rerun_completes()
    {
        // Given a database on a 1 MiB tmpfs (needs root; elsewhere this test has nothing to run on)
        using var ws = new Workspace();
        string mount = ws.File("small");
        Directory.CreateDirectory(mount);
        if (!Environment.IsPrivilegedProcess || Run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", mount) != 0)
        {
            return;
        }

        try
        {
            string db = Path.Combine(mount, "brandpulse.db");
            string file = ws.Write("big.csv", TwcsFixtures.Big(8_000).Bytes());

            // When an import needs more than the disk holds
            ProcessResult full = await ChildProcess.CollectAsync(Workspace.Env(), "import", "twcs", file, "--db", db);

            // Then it fails with a documented code and a reason, and the database is sound and unchanged
            Assert.True(full.ExitCode is 1 or 75, full.ToString());
            Assert.Contains("disk is full", full.Stderr);
            Assert.DoesNotContain("   at ", full.Stderr);
            DbCheck.AssertSound(db);
            Assert.Equal(0, DbCheck.Complaints(db));

            // And after space is freed a rerun gives the clean run's database
            Assert.Equal(0, Run("mount", "-o", "remount,size=64m", mount));
            ProcessResult rerun = await ChildProcess.CollectAsync(Workspace.Env(), "import", "twcs", file, "--db", db);
            Assert.True(rerun.ExitCode == 0, rerun.ToString());
            Assert.Equal(await ImportCrashTests.CleanDump(ws, file), DbCheck.CanonicalDump(db));
        }
        finally
        {
            Run("umount", "-l", mount);
        }
    }

    private static int Run(string command, params string[] args)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardError = true, RedirectStandardOutput = true };
        args.ToList().ForEach(start.ArgumentList.Add);
        using Process p = Process.Start(start)!;
        p.WaitForExit();
        return p.ExitCode;
    }
}
