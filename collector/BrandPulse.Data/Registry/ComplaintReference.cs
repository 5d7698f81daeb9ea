using System.Buffers.Binary;
using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace BrandPulse.Data.Registry;

/// <summary>
/// A complaint's public reference code, e.g. <c>BP-7K3M-Q9TX-A2HD</c>: 12 Crockford base-32 characters (60 bits) of
/// the keyed HMAC of its (source, source_key) (<see cref="Pseudonymizer.ReferenceMac"/>). Without the deployment's key
/// nothing about the complaint or its author can be read from it or checked against a guess; with the same key it is
/// the same in every build and every re-import. The collector stores it (<c>complaint.reference</c>); the generator
/// only reads it.
/// </summary>
/// <remarks>
/// Why 60 bits: among n codes drawn at random from 2^b, the chance that any two are equal is about
/// 1 - exp(-n(n-1)/2 / 2^b). At n = 10,000,000: 10 characters (50 bits) give 1 - exp(-0.0444) = 4.3%, not negligible;
/// 12 characters (60 bits) give 4.3e-5. A collision still cannot give two complaints one code: the unique index refuses
/// it and the complaint stored later takes the code of the next attempt (1, 2, ...), the same on every run that stores
/// the complaints in the same order. Codes already stored never change.
/// </remarks>
public static class ComplaintReference
{
    /// <summary>What every code starts with.</summary>
    public const string Prefix = "BP-";

    /// <summary>Characters after the prefix (dashes aside).</summary>
    public const int Characters = 12;

    /// <summary>Bits of the keyed hash a code carries.</summary>
    public const int Bits = Characters * 5;

    /// <summary>How many attempts a complaint gets before storing it fails (a broken key, never chance).</summary>
    public const int MaxAttempts = 64;

    // Crockford's base 32: no I, L, O or U, so a code read aloud or copied by hand is not misread.
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>The code of the complaint (<paramref name="source"/>, <paramref name="sourceKey"/>) at an attempt.</summary>
    public static string Of(Pseudonymizer key, string source, string sourceKey, int attempt = 0)
    {
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        key.ReferenceMac(source, sourceKey, attempt, mac);
        return Format((long)(BinaryPrimitives.ReadUInt64BigEndian(mac) >> (64 - Bits)));
    }

    /// <summary>The code of 60 bits (as <see cref="Parse(string)"/> gives them back): the generator holds codes this way, 8 bytes each.</summary>
    public static string Format(long bits)
    {
        Span<char> code = stackalloc char[Prefix.Length + Characters + 2];
        Prefix.CopyTo(code);
        int at = Prefix.Length;
        for (int i = 0; i < Characters; i++)
        {
            if (i is 4 or 8)
            {
                code[at++] = '-';
            }

            code[at++] = Alphabet[(int)((bits >> (5 * (Characters - 1 - i))) & 31)];
        }

        return new string(code);
    }

    /// <summary>The 60 bits of a stored code; anything else is an error naming the value.</summary>
    public static long Parse(string code) => Parse(code.AsSpan());

    /// <inheritdoc cref="Parse(string)"/>
    public static long Parse(ReadOnlySpan<char> code)
    {
        long bits = 0;
        int read = 0;
        bool shaped = code.Length == Prefix.Length + Characters + 2 && code.StartsWith(Prefix, StringComparison.Ordinal);
        for (int at = Prefix.Length; shaped && at < code.Length; at++)
        {
            int value = Alphabet.IndexOf(code[at]);
            bool dash = at == Prefix.Length + 4 || at == Prefix.Length + 9;
            if (dash ? code[at] != '-' : value < 0)
            {
                shaped = false;
            }
            else if (!dash)
            {
                bits = (bits << 5) | (long)value;
                read++;
            }
        }

        return shaped && read == Characters
            ? bits
            : throw new FormatException($"complaint.reference '{code.ToString()}' is not a reference code (BP-XXXX-XXXX-XXXX, Crockford base 32)");
    }

    private static readonly ConditionalWeakTable<DbConnection, Pseudonymizer> Configured = [];

    /// <summary>
    /// Says which key the database open on <paramref name="connection"/> uses when the collector was given one
    /// (<c>--key-file</c>): reference codes are then made with it.
    /// </summary>
    public static void Use(DbConnection connection, Pseudonymizer key) => Configured.AddOrUpdate(connection, key);

    /// <summary>
    /// The key of the database a connection is open on: the one given by <see cref="Use"/>, else the pseudonym key
    /// (<see cref="Pseudonymizer.ForDatabase"/>; for PostgreSQL, from the environment); for an in-memory database
    /// (tests), the environment's key if set, else the test key.
    /// </summary>
    public static Pseudonymizer KeyOf(DbConnection connection)
    {
        if (Configured.TryGetValue(connection, out Pseudonymizer? given))
        {
            return given;
        }

        if (connection is not SqliteConnection)
        {
            return Pseudonymizer.ForDatabase("postgresql://" + connection.Database);
        }

        string file = connection.DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:")
        {
            string? fromEnvironment = Environment.GetEnvironmentVariable(Pseudonymizer.KeyEnvironmentVariable);
            return string.IsNullOrEmpty(fromEnvironment)
                ? Pseudonymizer.ForTests()
                : new Pseudonymizer(System.Text.Encoding.UTF8.GetBytes(fromEnvironment));
        }

        return Pseudonymizer.ForDatabase(file);
    }
}
