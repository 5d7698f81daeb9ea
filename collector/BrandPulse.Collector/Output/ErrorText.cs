using BrandPulse.Data.Schema;
using BrandPulse.Data.Stores;
using Microsoft.Data.Sqlite;
using Npgsql;
using Spectre.Console.Cli;

namespace BrandPulse.Collector;

/// <summary>One line saying what went wrong, never a stack trace.</summary>
public static class ErrorText
{
    public static string For(Exception ex) => ex switch
    {
        CommandParseException or CommandRuntimeException => ex.Message + " (see --help)",
        FileNotFoundException f => $"file not found: {f.FileName ?? f.Message}",
        DirectoryNotFoundException => ex.Message,
        UnauthorizedAccessException => ex.Message,
        SchemaVersionException => ex.Message,
        SqliteException { SqliteErrorCode: 5 or 6 } => "the database is busy (locked by another process) for too long; try again",
        SqliteException { SqliteErrorCode: 13 } => "the disk is full: nothing was written",
        SqliteException s => $"database error: {s.Message}",
        StoreUnavailableException => ex.Message,
        Data.Registry.PseudonymKeyException => ex.Message,
        PostgresException { SqlState: "53100" } => "the database server's disk is full: nothing was written",
        PostgresException p => $"database error: {p.SqlState} {p.MessageText}",
        NpgsqlException n => $"database error: {n.Message}",
        IOException io when io.HResult == 28 || io.Message.Contains("space", StringComparison.OrdinalIgnoreCase)
            => "the disk is full: nothing was written",
        _ => ex.Message,
    };
}
