namespace BrandPulse.Generator.Publishing;

/// <summary>
/// The folders of the last release, kept empty for the next one (<c>&lt;site&gt;.cache/folders/</c>): once a release is
/// swapped in, the one it replaced loses its files but keeps its folders, and the next build starts its staging folder
/// from them instead of making every folder again. On this project's disks making a folder costs a new inode, and
/// right after thousands were freed the kernel looks at each freed one first (ext4 without a journal): at W1 the
/// 2,100 folders of a release took 0.5-1 s to make and nothing to reuse. Only folders are kept, never a file, so a
/// staging folder started from them is as empty as a new one; the folders the new release does not use are removed
/// before it is swapped in. Deleting <c>folders/</c> is always safe: the next build makes its folders.
/// </summary>
public static class KeptFolders
{
    /// <summary>Where the folders of the site in <paramref name="output"/> are kept.</summary>
    public static string Of(string output) => Path.Combine(CacheFolder.Beside(output), "folders");

    /// <summary>
    /// Makes the kept folders of <paramref name="output"/> the staging folder <paramref name="root"/> (one rename) and
    /// returns every folder in it; empty when none were kept (then <paramref name="root"/> does not exist yet).
    /// </summary>
    public static IReadOnlyList<string> Adopt(string output, string root)
    {
        try
        {
            Directory.Move(Of(output), root);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return []; // none kept (or not movable here): the build makes its folders
        }

        return [.. Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories)];
    }

    /// <summary>
    /// Removes the <paramref name="adopted"/> folders that hold nothing of the release: neither one of the
    /// <paramref name="used"/> folders (those files were written to) nor a folder above one. A folder that is not
    /// empty after all (files carried over into it) stays.
    /// </summary>
    public static void RemoveUnused(string root, IReadOnlyList<string> adopted, IEnumerable<string> used)
    {
        if (adopted.Count == 0)
        {
            return;
        }

        var keep = new HashSet<string>(StringComparer.Ordinal);
        foreach (string folder in used)
        {
            for (string? dir = folder; dir is not null && dir.Length > root.Length && keep.Add(dir); dir = Path.GetDirectoryName(dir))
            {
            }
        }

        foreach (string dir in adopted.Where(d => !keep.Contains(d)).OrderByDescending(d => d.Length))
        {
            try
            {
                Directory.Delete(dir);
            }
            catch (IOException)
            {
                // Not empty: files were carried over into it.
            }
        }
    }

    /// <summary>
    /// Keeps the folders of a replaced release (<paramref name="root"/>) for the next build: its files deleted on every
    /// core, then the folder renamed. Returns false, leaving the rest to the caller, when folders are already kept.
    /// </summary>
    public static bool Keep(string output, string root)
    {
        string kept = Of(output);
        if (Directory.Exists(kept))
        {
            return false;
        }

        string[] folders = [root, .. Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories)];
        try
        {
            Parallel.ForEach(folders, dir =>
            {
                foreach (string file in Directory.EnumerateFiles(dir))
                {
                    File.Delete(file);
                }
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        Directory.CreateDirectory(CacheFolder.Beside(output));
        Directory.Move(root, kept);
        return true;
    }
}
