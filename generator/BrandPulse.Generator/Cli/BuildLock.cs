using System.Diagnostics;
using BrandPulse.Data.Operations;

namespace BrandPulse.Generator.Cli;

/// <summary>
/// One build at a time per output folder: an exclusive lock (flock, through <see cref="FileShare.None"/>) on a file
/// beside the folder, e.g. <c>_site.lock</c>, held for the whole build. The lock goes with the process, so a killed
/// build never leaves it taken; the file itself stays (removing it would let two builds lock two different files).
/// </summary>
public sealed class BuildLock : IDisposable
{
    private readonly FileStream _file;

    private BuildLock(FileStream file) => _file = file;

    /// <summary>The lock file of <paramref name="outputDir"/>.</summary>
    public static string PathFor(string outputDir) => Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar) + ".lock";

    /// <summary>
    /// Takes the lock, waiting up to <paramref name="wait"/> for another build to finish (saying so once through
    /// <paramref name="waiting"/>); throws <see cref="BuildLockedException"/> when it is still held then.
    /// </summary>
    public static async Task<BuildLock> AcquireAsync(string outputDir, TimeSpan wait, Action<string> waiting)
    {
        string path = PathFor(outputDir);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var clock = Stopwatch.StartNew();
        bool told = false;
        while (true)
        {
            try
            {
                return new BuildLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (File.Exists(path))
            {
                if (clock.Elapsed >= wait)
                {
                    throw new BuildLockedException(
                        $"another build is writing into {outputDir} (it holds {path}); waited {wait.TotalSeconds:0.#} s. " +
                        "Run this build again when it has finished (or give it longer with --lock-wait).");
                }

                if (!told)
                {
                    waiting($"another build is writing into {outputDir}: waiting for it (up to {wait.TotalSeconds:0.#} s)");
                    told = true;
                }

                StopSignal.ThrowIfRequested(() => "the build stopped while waiting for another build; nothing was written");
                await Task.Delay(100);
            }
        }
    }

    public void Dispose() => _file.Dispose();
}
