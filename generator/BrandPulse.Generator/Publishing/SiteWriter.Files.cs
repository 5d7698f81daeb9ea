namespace BrandPulse.Generator.Publishing;

/// <summary>Where each file of the release comes from (kept, linked or written) and what the manifest will say of it.</summary>
public sealed partial class SiteWriter
{
    /// <summary>
    /// Where <paramref name="sitePath"/> goes in the staging folder, ready for a new file: its folder made, and what is
    /// there (the kept release's copy, or a file written earlier in this build) removed.
    /// </summary>
    private string StagingPath(string sitePath)
    {
        string path = _staging.PathOf(sitePath);
        string folder = Path.GetDirectoryName(path)!;
        bool again;
        lock (_lock)
        {
            again = _written.ContainsKey(sitePath);
            if (_folders.Add(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        if (again)
        {
            File.Delete(path); // written twice: never write through a link into the published site
        }
        else
        {
            _staging.Kept.Remove(sitePath); // the kept release's copy: never written through either
        }

        return path;
    }

    /// <summary>Whether the kept release's copy of <paramref name="sitePath"/> has the bytes hashed <paramref name="hash"/> and was taken as the new release's file.</summary>
    private bool TryKeep(string sitePath, string hash)
    {
        if (_staging.Kept.TryTake(sitePath, hash) is not { } entry)
        {
            return false;
        }

        string folder = Path.GetDirectoryName(_staging.PathOf(sitePath))!;
        lock (_lock)
        {
            _folders.Add(folder);
            _written[sitePath] = entry;
            Files++;
            Bytes += entry.Length;
            Unchanged++;
            Kept++;
        }

        return true;
    }

    private bool TryLinkPublished(string sitePath, string hash, string stagingPath)
    {
        if (!_published.CanReuse(sitePath, hash) || !FileSystemCalls.TryLink(_published.PathOf(sitePath), stagingPath))
        {
            return false; // missing or changed by hand: write it
        }

        lock (_lock)
        {
            Unchanged++;
        }

        return true;
    }

    /// <summary>A file linked from the published site: the same file, so the manifest's length and time are its own (no need to look).</summary>
    private void Linked(string sitePath)
    {
        ManifestEntry entry = _published.EntryOf(sitePath);
        lock (_lock)
        {
            _written[sitePath] = entry;
            Files++;
            Bytes += entry.Length;
        }
    }

    private void Added(string sitePath, string hash, string stagingPath)
    {
        var info = new FileInfo(stagingPath);
        lock (_lock)
        {
            _written[sitePath] = new ManifestEntry(hash, info.Length, info.LastWriteTimeUtc.Ticks);
            Files++;
            Bytes += info.Length;
        }
    }
}
