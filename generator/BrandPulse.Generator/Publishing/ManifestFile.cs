namespace BrandPulse.Generator.Publishing;

/// <summary>
/// A release's manifest on disk: one line per file, its hash, length, modification time (ticks) and site path,
/// tab-separated, in path order. What cannot be read vouches for nothing.
/// </summary>
public static class ManifestFile
{
    /// <summary>The entries of the manifest at <paramref name="path"/>; empty when there is none or it cannot be read.</summary>
    public static Dictionary<string, ManifestEntry> Read(string path)
    {
        var entries = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return entries;
        }

        try
        {
            foreach (string line in File.ReadLines(path))
            {
                string[] fields = line.Split('\t', 4);
                if (fields.Length == 4 && fields[0].Length == 64 && long.TryParse(fields[1], out long length)
                    && long.TryParse(fields[2], out long ticks))
                {
                    entries[fields[3]] = new ManifestEntry(fields[0], length, ticks);
                }
            }
        }
        catch (IOException)
        {
            entries.Clear(); // unreadable: everything is written
        }

        return entries;
    }

    /// <summary>Writes the manifest of <paramref name="files"/> at <paramref name="path"/> (atomically).</summary>
    public static void Write(string path, IEnumerable<KeyValuePair<string, ManifestEntry>> files)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        string temp = $"{path}.{Environment.ProcessId}.tmp";
        using (var writer = new StreamWriter(temp))
        {
            foreach ((string sitePath, ManifestEntry m) in files.OrderBy(w => w.Key, StringComparer.Ordinal))
            {
                writer.Write(FormattableString.Invariant($"{m.Hash}\t{m.Length}\t{m.ModifiedTicks}\t{sitePath}\n"));
            }
        }

        File.Move(temp, path, overwrite: true);
    }
}
