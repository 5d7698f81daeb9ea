using System.Security.Cryptography;
using System.Text;

namespace BrandPulse.Data.Registry;

/// <summary>
/// Keyed pseudonyms (HMAC-SHA256) for complainants' handles: an unkeyed hash could be reversed by guessing handles.
/// The key comes from BRANDPULSE_PSEUDONYM_KEY, else from a key file given by <c>--key-file</c> (or
/// BRANDPULSE_PSEUDONYM_KEY_FILE), else, for a SQLite file only, from the key file beside it, created on first use.
/// A PostgreSQL database shared by several collectors never gets a key created for it: the deployment configures one.
/// </summary>
public sealed class Pseudonymizer(byte[] key)
{
    public const string KeyEnvironmentVariable = "BRANDPULSE_PSEUDONYM_KEY";

    /// <summary>The environment variable naming a key file, as <c>--key-file</c> does.</summary>
    public const string KeyFileEnvironmentVariable = "BRANDPULSE_PSEUDONYM_KEY_FILE";

    private const int StackLimit = 256;

    // One keyed HMAC per thread, reset after each use, instead of keying a new one per handle (a twcs import hashes
    // 600,000 handles, on several threads).
    private readonly ThreadLocal<IncrementalHash> _hmac = new(() => IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key));

    /// <summary>The first 16 hex digits of HMAC-SHA256(key, UTF-8 of the handle trimmed, without its leading @s, in lower case).</summary>
    public string Of(string handle)
    {
        ReadOnlySpan<char> name = handle.AsSpan().Trim().TrimStart('@');
        Span<char> lower = name.Length <= StackLimit ? stackalloc char[name.Length] : new char[name.Length];
        name.ToLowerInvariant(lower);
        int byteCount = Encoding.UTF8.GetByteCount(lower);
        Span<byte> utf8 = byteCount <= StackLimit ? stackalloc byte[byteCount] : new byte[byteCount];
        Encoding.UTF8.GetBytes(lower, utf8);
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        IncrementalHash hmac = _hmac.Value!;
        hmac.AppendData(utf8);
        hmac.GetHashAndReset(mac);

        return Convert.ToHexStringLower(mac[..8]);
    }

    /// <summary>
    /// HMAC-SHA256(key, "brandpulse-complaint-reference" 0x00, length of the source's UTF-8 (4 bytes, big-endian), the
    /// source, the source key, the attempt (4 bytes, big-endian)) into <paramref name="mac"/>: the keyed value behind a
    /// complaint's public reference (<see cref="ComplaintReference"/>), apart from every pseudonym by its prefix.
    /// </summary>
    public void ReferenceMac(string source, string sourceKey, int attempt, Span<byte> mac)
    {
        IncrementalHash hmac = _hmac.Value!;
        hmac.AppendData("brandpulse-complaint-reference\0"u8);
        Span<byte> number = stackalloc byte[4];
        byte[] sourceBytes = Encoding.UTF8.GetBytes(source);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(number, sourceBytes.Length);
        hmac.AppendData(number);
        hmac.AppendData(sourceBytes);
        hmac.AppendData(Encoding.UTF8.GetBytes(sourceKey));
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(number, attempt);
        hmac.AppendData(number);
        hmac.GetHashAndReset(mac);
    }

    /// <summary>
    /// A keyed check value of the key (HMAC of a fixed text): kept in the database so that a collector with another key
    /// is refused; it tells nothing of the key.
    /// </summary>
    public string CheckValue => Convert.ToHexStringLower(HMACSHA256.HashData(key, "brandpulse pseudonym key check v1"u8));

    /// <summary>
    /// The pseudonymizer for the database <paramref name="db"/> (a SQLite path or a PostgreSQL URI), with the key from
    /// the environment, else from <paramref name="keyFile"/>, else (SQLite only) the file beside the database.
    /// </summary>
    public static Pseudonymizer ForDatabase(string db, string? keyFile = null)
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable(KeyEnvironmentVariable);
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return new Pseudonymizer(Encoding.UTF8.GetBytes(fromEnvironment));
        }

        keyFile ??= Environment.GetEnvironmentVariable(KeyFileEnvironmentVariable) is { Length: > 0 } named ? named : null;
        if (keyFile is not null)
        {
            return File.Exists(keyFile)
                ? FromKeyFile(keyFile)
                : throw new PseudonymKeyException($"the pseudonym key file {keyFile} does not exist (a key file is never created when named)");
        }

        if (Stores.PostgresUri.IsUri(db))
        {
            throw new PseudonymKeyException(
                $"no pseudonym key for {Stores.PostgresUri.Masked(db)}: set {KeyEnvironmentVariable} or give --key-file (or {KeyFileEnvironmentVariable}); "
                + "every collector of one PostgreSQL database must use the same key, so none is created beside a URI");
        }

        string keyPath = db + ".key";
        if (!File.Exists(keyPath))
        {
            byte[] fresh = RandomNumberGenerator.GetBytes(32);
            try
            {
                using var stream = new FileStream(keyPath, FileMode.CreateNew, FileAccess.Write);
                stream.Write(Encoding.ASCII.GetBytes(Convert.ToHexString(fresh)));
            }
            catch (IOException) when (File.Exists(keyPath))
            {
                // Another collector created it first: use theirs.
            }
        }

        return FromKeyFile(keyPath);
    }

    private static Pseudonymizer FromKeyFile(string path)
    {
        string hex = File.ReadAllText(path).Trim();
        try
        {
            return new Pseudonymizer(Convert.FromHexString(hex));
        }
        catch (FormatException)
        {
            throw new PseudonymKeyException($"the pseudonym key file {path} does not hold a key in hexadecimal digits");
        }
    }

    /// <summary>A fixed key, for tests.</summary>
    public static Pseudonymizer ForTests() => new(Encoding.UTF8.GetBytes("brandpulse-test-key"));
}
