using BrandPulse.Data.Registry;

namespace BrandPulse.Data.Operations;

/// <summary>
/// What must travel with a copy of the database and never sits in it: the pseudonym key. Says where the key of
/// <c>databasePath</c> comes from, never the key itself.
/// </summary>
public static class KeyNotice
{
    public static string For(string databasePath)
    {
        const string why = "without the same key, the same people get other pseudonyms and 'collect forget' cannot find their complaints";
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Pseudonymizer.KeyEnvironmentVariable)))
        {
            return $"the pseudonym key is not in the backup: it comes from the environment variable {Pseudonymizer.KeyEnvironmentVariable}; "
                + $"set the same value wherever the backup is restored ({why}). Keep it apart from the backup.";
        }

        if (Stores.PostgresUri.IsUri(databasePath))
        {
            return "the pseudonym key is not in the database nor in its dumps: it is the deployment's key "
                + $"({Pseudonymizer.KeyEnvironmentVariable} or the key file given by --key-file); give the same key wherever the data is restored or copied ({why}). "
                + "Keep it apart from the backups.";
        }

        string keyFile = databasePath + ".key";
        return File.Exists(keyFile)
            ? $"the pseudonym key is not in the backup: it is the file {keyFile}; restore it beside the restored database as <database>.key "
                + $"({why}). Keep it apart from the backup."
            : $"no pseudonym key exists yet for {databasePath} (no complaint was pseudonymized with a key file); set {Pseudonymizer.KeyEnvironmentVariable} the same wherever the backup is restored.";
    }
}
