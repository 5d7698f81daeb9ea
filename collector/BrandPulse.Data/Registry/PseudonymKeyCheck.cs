using System.Data.Common;
using BrandPulse.Data.Stores;
using Dapper;

namespace BrandPulse.Data.Registry;

/// <summary>
/// Keeps every collector of one database on one pseudonym key: the database holds the key's check value
/// (<see cref="Pseudonymizer.CheckValue"/>, in <c>database_info</c>), never the key. The first collector that
/// pseudonymizes records it; a collector whose key gives another value is refused before it writes anything.
/// </summary>
public static class PseudonymKeyCheck
{
    private const string Name = "pseudonym_key_check";

    /// <summary>Records the key's check value if the database has none; throws if it has another.</summary>
    public static void Verify(DbConnection connection, Pseudonymizer pseudonymizer)
    {
        string mine = pseudonymizer.CheckValue;
        string? stored;
        using (DbTransaction tx = connection.BeginWrite())
        {
            connection.Execute("""
                INSERT INTO database_info (name, value) VALUES (@Name, @mine) ON CONFLICT (name) DO NOTHING;
                """, new { Name, mine }, tx);
            stored = connection.ExecuteScalar<string>("SELECT value FROM database_info WHERE name = @Name;", new { Name }, tx);
            tx.Commit();
        }

        if (stored != mine)
        {
            throw new PseudonymKeyException(
                "this pseudonym key is not the one this database was written with (its keyed check value differs): nothing was written. "
                + $"Use the deployment's key ({Pseudonymizer.KeyEnvironmentVariable}, --key-file, or the database's .key file); "
                + "with another key the same people would get other pseudonyms");
        }
    }
}
