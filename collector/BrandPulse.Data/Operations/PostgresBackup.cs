using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using BrandPulse.Data.Fetch;
using BrandPulse.Data.Schema;
using BrandPulse.Data.Stores;
using Dapper;

namespace BrandPulse.Data.Operations;

/// <summary>
/// A consistent backup of a PostgreSQL database with <c>pg_dump</c> (custom format: one snapshot while collectors
/// write), written to a <c>.partial-PID</c> file and renamed over the destination only when complete, so a killed backup
/// never leaves a half-written one there. Restore: <c>pg_restore --no-owner --dbname URI FILE</c> into an empty database.
/// </summary>
public static class PostgresBackup
{
    /// <summary>Backs up the database at <paramref name="uri"/> to <paramref name="destination"/> (a file, or a folder for a dated file).</summary>
    public static BackupResult To(string uri, string destination, DateTimeOffset now)
    {
        string target = Path.GetFullPath(Directory.Exists(destination)
            ? Path.Combine(destination, $"brandpulse-{now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}.dump")
            : destination);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        foreach (string abandoned in Directory.EnumerateFiles(Path.GetDirectoryName(target)!, Path.GetFileName(target) + ".partial-*"))
        {
            File.Delete(abandoned); // left by a backup that was killed
        }

        string partial = $"{target}.partial-{Environment.ProcessId}";
        long version, complaints, brands;
        using (DbConnection c = Database.OpenReadOnly(uri))
        {
            version = Migrator.CurrentVersion(c);
            complaints = c.ExecuteScalar<long>("SELECT count(*) FROM complaint;");
            brands = c.ExecuteScalar<long>("SELECT count(*) FROM brand;");
        }

        try
        {
            using Process p = Process.Start(PgDump(uri, partial)) ?? throw new IOException("cannot start pg_dump (install Debian's postgresql-client)");
            string err = p.StandardError.ReadToEnd();
            p.WaitForExit();
            if (p.ExitCode != 0)
            {
                throw new IOException($"pg_dump of {PostgresUri.Masked(uri)} failed (exit {p.ExitCode}): {err.Replace(uri, PostgresUri.Masked(uri), StringComparison.Ordinal).Trim()}");
            }

            if (Environment.GetEnvironmentVariable(FaultHook.EnvironmentVariable) == "crash-before-backup-rename")
            {
                Environment.FailFast($"{FaultHook.EnvironmentVariable}: crash before the backup's rename");
            }

            File.Move(partial, target, overwrite: true);
            return new BackupResult(target, version, complaints, brands, new FileInfo(target).Length);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>
    /// How <c>pg_dump</c> is started: the database's URI on its command line without the password, which goes in the
    /// child's <c>PGPASSWORD</c> (a command line is readable by every user of the machine; a process's environment is not).
    /// </summary>
    public static ProcessStartInfo PgDump(string uri, string file)
    {
        (string withoutPassword, string? password) = PostgresUri.Split(uri);
        var start = new ProcessStartInfo("pg_dump") { RedirectStandardError = true, UseShellExecute = false };
        foreach (string a in new[] { "--format=custom", "--no-owner", "--file", file, "--dbname", withoutPassword })
        {
            start.ArgumentList.Add(a);
        }

        if (password is not null)
        {
            start.Environment["PGPASSWORD"] = password;
        }

        return start;
    }
}
