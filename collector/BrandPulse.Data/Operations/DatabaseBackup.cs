using System.Diagnostics;
using System.Globalization;
using BrandPulse.Data.Fetch;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BrandPulse.Data.Operations;

/// <summary>
/// A consistent copy of a live database (RELIABILITY.md DB-10), never a file copy: SQLite's online backup API reads one
/// snapshot of the source (in WAL mode, writers carry on meanwhile) into a temporary file beside the destination, which
/// is checked, made self-contained (no -wal file), flushed to disk and renamed over the destination in one step. A
/// backup killed half-way leaves the destination as it was, plus a <c>.partial-PID</c> file the next backup removes.
/// </summary>
public static class DatabaseBackup
{
    private const string PartialMarker = ".partial-";

    /// <summary>Test-only fault: <c>BRANDPULSE_FAULT=crash-before-backup-rename</c> kills the process with the copy complete but not renamed.</summary>
    private const string CrashBeforeRename = "crash-before-backup-rename";

    /// <summary>Backs up <paramref name="databasePath"/> to <paramref name="destination"/> (a file, or a folder to put a dated file in).</summary>
    public static BackupResult To(string databasePath, string destination, DateTimeOffset now)
    {
        if (Stores.PostgresUri.IsUri(databasePath))
        {
            return PostgresBackup.To(databasePath, destination, now);
        }

        if (!File.Exists(databasePath))
        {
            throw new FileNotFoundException($"no database at {databasePath}", databasePath);
        }

        string target = Path.GetFullPath(Directory.Exists(destination)
            ? Path.Combine(destination, $"{Path.GetFileNameWithoutExtension(databasePath)}-{now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}.db")
            : destination);
        if (target == Path.GetFullPath(databasePath))
        {
            throw new IOException($"the backup cannot replace the database itself ({databasePath}): choose another destination");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        RemoveAbandoned(target);
        string partial = $"{target}{PartialMarker}{Environment.ProcessId}";
        try
        {
            BackupResult result = Copy(databasePath, partial, target);
            if (Environment.GetEnvironmentVariable(FaultHook.EnvironmentVariable) == CrashBeforeRename)
            {
                Environment.FailFast($"{FaultHook.EnvironmentVariable}: crash before the backup's rename");
            }

            File.Move(partial, target, overwrite: true);
            FlushFolder(Path.GetDirectoryName(target)!);
            return result;
        }
        finally
        {
            File.Delete(partial);
            File.Delete(partial + "-journal");
        }
    }

    private static BackupResult Copy(string databasePath, string partial, string target)
    {
        using var source = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
            DefaultTimeout = Database.BusyTimeoutMs / 1000,
        }.ToString());
        source.Open();
        source.Execute($"PRAGMA busy_timeout = {Database.BusyTimeoutMs};");
        using (var copy = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = partial,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString()))
        {
            copy.Open();
            source.BackupDatabase(copy); // one step: the whole database as of one snapshot
            copy.Execute("PRAGMA journal_mode = DELETE;"); // one self-contained file, no -wal beside it
            string check = copy.ExecuteScalar<string>("PRAGMA quick_check;") ?? "";
            if (check != "ok")
            {
                throw new IOException($"the backup of {databasePath} failed its check ({check}); {target} is unchanged");
            }

            BackupResult result = new(target,
                Schema.Migrator.CurrentVersion(copy),
                copy.ExecuteScalar<long>("SELECT count(*) FROM complaint;"),
                copy.ExecuteScalar<long>("SELECT count(*) FROM brand;"),
                0);
            copy.Close();
            using (FileStream flush = new(partial, FileMode.Open, FileAccess.ReadWrite))
            {
                flush.Flush(flushToDisk: true);
            }

            return result with { Bytes = new FileInfo(partial).Length };
        }
    }

    /// <summary>Removes partial copies of <paramref name="target"/> left by backups that were killed.</summary>
    private static void RemoveAbandoned(string target)
    {
        string folder = Path.GetDirectoryName(target)!;
        string prefix = Path.GetFileName(target) + PartialMarker;
        foreach (string file in Directory.EnumerateFiles(folder, prefix + "*"))
        {
            string rest = Path.GetFileName(file)[prefix.Length..].Replace("-journal", "", StringComparison.Ordinal);
            if (!int.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out int pid) || !IsAlive(pid))
            {
                File.Delete(file);
            }
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Makes the rename durable (fsync of the folder), where the platform allows opening a folder.</summary>
    private static void FlushFolder(string folder)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            using Microsoft.Win32.SafeHandles.SafeFileHandle handle = File.OpenHandle(folder, FileMode.Open, FileAccess.Read);
            RandomAccess.FlushToDisk(handle);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The rename happened; only its durability across a power cut is not confirmed.
        }
    }
}
