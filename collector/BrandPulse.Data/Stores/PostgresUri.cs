using Npgsql;

namespace BrandPulse.Data.Stores;

/// <summary>
/// A PostgreSQL address as <c>--db</c> and <c>BRANDPULSE_DB</c> take it:
/// <c>postgresql://user[:password]@host[:port]/database</c>, with <c>?host=/socket/dir</c> for a Unix socket (the host
/// before the slash may then be empty). The password is used to connect and never printed: <see cref="Masked"/>.
/// </summary>
public static class PostgresUri
{
    /// <summary>Whether <paramref name="db"/> names a PostgreSQL database rather than a SQLite file.</summary>
    public static bool IsUri(string db) =>
        db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase);

    /// <summary>The Npgsql connection string for the URI (the password from the URI, else PGPASSWORD or ~/.pgpass).</summary>
    public static string ConnectionString(string uri)
    {
        string rest = uri[(uri.IndexOf("://", StringComparison.Ordinal) + 3)..];
        string query = "";
        int q = rest.IndexOf('?');
        if (q >= 0)
        {
            query = rest[(q + 1)..];
            rest = rest[..q];
        }

        int slash = rest.IndexOf('/');
        string authority = slash >= 0 ? rest[..slash] : rest;
        string database = slash >= 0 ? Uri.UnescapeDataString(rest[(slash + 1)..]) : "";
        string? user = null, password = null;
        int at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            string userInfo = authority[..at];
            authority = authority[(at + 1)..];
            int colon = userInfo.IndexOf(':');
            user = Uri.UnescapeDataString(colon >= 0 ? userInfo[..colon] : userInfo);
            password = colon >= 0 ? Uri.UnescapeDataString(userInfo[(colon + 1)..]) : null;
        }

        string host = authority;
        int? port = null;
        int portColon = authority.LastIndexOf(':');
        if (portColon >= 0 && !authority.EndsWith(']'))
        {
            host = authority[..portColon];
            port = int.TryParse(authority[(portColon + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int p)
                ? p
                : throw new ArgumentException($"{Masked(uri)}: the port must be a number");
        }

        foreach (string pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = pair.IndexOf('=');
            string name = eq >= 0 ? pair[..eq] : pair;
            string value = eq >= 0 ? Uri.UnescapeDataString(pair[(eq + 1)..]) : "";
            switch (name)
            {
                case "host": host = value; break;
                case "port": port = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
                case "user": user = value; break;
                case "dbname": database = value; break;
                default: throw new ArgumentException($"{Masked(uri)}: unknown parameter '{name}' (host, port, user and dbname are understood)");
            }
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = host.Length > 0 ? Uri.UnescapeDataString(host) : "localhost",
            Database = database.Length > 0 ? database : null,
            Username = user,
            Password = password,
            Pooling = false,
            // A snapshot of a million complaints is one long read; a write may wait for another collector's transaction.
            CommandTimeout = 3600,
            Timeout = 30,
            ApplicationName = "brandpulse",
        };
        if (port is int given)
        {
            builder.Port = given;
        }

        return builder.ConnectionString;
    }

    /// <summary>The URI with its password, if any, replaced by <c>***</c>: safe to print or log.</summary>
    public static string Masked(string db) => Split(db) is ({ } uri, not null) ? uri.Insert(uri.IndexOf('@', uri.IndexOf("://", StringComparison.Ordinal)), ":***") : db;

    /// <summary>
    /// The URI without its password, and the password (unescaped; null when the URI has none): for a child process
    /// such as <c>pg_dump</c>, which gets the password in its <c>PGPASSWORD</c> environment variable rather than on
    /// its command line, where every user of the machine could read it.
    /// </summary>
    public static (string Uri, string? Password) Split(string db)
    {
        if (!IsUri(db))
        {
            return (db, null);
        }

        int start = db.IndexOf("://", StringComparison.Ordinal) + 3;
        int end = db.IndexOfAny(['/', '?'], start);
        string authority = end >= 0 ? db[start..end] : db[start..];
        int at = authority.LastIndexOf('@');
        int colon = at >= 0 ? authority.IndexOf(':') : -1;
        if (colon < 0 || colon > at)
        {
            return (db, null);
        }

        return (db[..(start + colon)] + db[(start + at)..], Uri.UnescapeDataString(authority[(colon + 1)..at]));
    }
}
