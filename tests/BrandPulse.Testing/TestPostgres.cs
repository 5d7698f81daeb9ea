using System.Diagnostics;
using Dapper;
using Npgsql;

namespace BrandPulse.Testing;

/// <summary>
/// The tests' PostgreSQL server: the one <c>./test.sh</c> started (its URI in <c>BRANDPULSE_TEST_PG</c>), else one this
/// test process starts with tests/tools/pg-server.sh (installing PostgreSQL when missing) and stops when it exits.
/// Each test gets a database of its own (<see cref="TestDatabase"/>).
/// </summary>
public static class TestPostgres
{
    public const string EnvironmentVariable = "BRANDPULSE_TEST_PG";

    private static readonly Lazy<string> Server = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The server's URI (database <c>postgres</c>).</summary>
    public static string Uri => Server.Value;

    /// <summary>A new, empty database on the server; its URI.</summary>
    public static string CreateDatabase()
    {
        string name = "bp_" + Guid.NewGuid().ToString("N")[..16];
        using var admin = new NpgsqlConnection(Data.Stores.PostgresUri.ConnectionString(Uri));
        admin.Open();
        admin.Execute($"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8';");
        return WithDatabase(Uri, name);
    }

    /// <summary>Drops a database <see cref="CreateDatabase"/> made, closing what is still connected to it.</summary>
    public static void DropDatabase(string uri)
    {
        string name = DatabaseOf(uri);
        using var admin = new NpgsqlConnection(Data.Stores.PostgresUri.ConnectionString(Uri));
        admin.Open();
        admin.Execute($"DROP DATABASE IF EXISTS {name} WITH (FORCE);");
    }

    /// <summary>The same server, another database.</summary>
    public static string WithDatabase(string uri, string name)
    {
        int q = uri.IndexOf('?');
        string head = q >= 0 ? uri[..q] : uri;
        string query = q >= 0 ? uri[q..] : "";
        int slash = head.IndexOf('/', head.IndexOf("://", StringComparison.Ordinal) + 3);
        return (slash >= 0 ? head[..slash] : head) + "/" + name + query;
    }

    private static string DatabaseOf(string uri)
    {
        int q = uri.IndexOf('?');
        string head = q >= 0 ? uri[..q] : uri;
        return head[(head.LastIndexOf('/') + 1)..];
    }

    private static string Start()
    {
        string? given = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(given))
        {
            return given;
        }

        string dir = Path.Combine(Path.GetTempPath(), "brandpulse-pg-" + Guid.NewGuid().ToString("N")[..12]);
        string script = Path.Combine(RepoPaths.Root, "tests", "tools", "pg-server.sh");
        (int code, string output) = Run(script, "start", dir);
        if (code != 0)
        {
            throw new InvalidOperationException($"could not start a PostgreSQL server for the tests ({script} start): {output}");
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => Run(script, "stop", dir);
        return output.Trim().Split('\n')[^1];
    }

    private static (int Code, string Output) Run(string script, string command, string dir)
    {
        var start = new ProcessStartInfo("bash", [script, command, dir])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using Process p = Process.Start(start)!;
        Task<string> err = p.StandardError.ReadToEndAsync();
        string output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, output + err.Result);
    }
}
