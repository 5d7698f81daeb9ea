using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using BrandPulse.Data.Model;
using Dapper;

namespace BrandPulse.Data.Operations;

/// <summary>
/// What was erased and must not be stored again by a later import or fetch (table <c>erased</c>): the pseudonyms of
/// erased people and digests of erased records. Loaded once per write; empty (and free) in a database without erasures.
/// </summary>
public sealed class ErasedSet
{
    public const string Complainant = "complainant";
    public const string Contributor = "contributor";
    public const string Record = "record";

    private readonly HashSet<(string Kind, string Value)> _values;

    private readonly bool _hasRecords;

    private ErasedSet(HashSet<(string Kind, string Value)> values)
    {
        _values = values;
        _hasRecords = values.Any(v => v.Kind == Record);
    }

    /// <summary>The erasures of the database, or null when there are none.</summary>
    public static ErasedSet? Load(DbConnection connection, DbTransaction transaction)
    {
        var values = connection.Query<(string, string)>("SELECT kind, value FROM erased;", transaction: transaction).ToHashSet();
        return values.Count == 0 ? null : new ErasedSet(values);
    }

    /// <summary>True when <paramref name="c"/> is of an erased person or is an erased record.</summary>
    public bool Contains(ComplaintInput c) =>
        (c.ComplainantPseudonym is { } p && _values.Contains((Complainant, p)))
        || (c.ContributorPseudonym is { } v && _values.Contains((Contributor, v)))
        || (_hasRecords && _values.Contains((Record, RecordDigest(c.Source, c.SourceKey))));

    /// <summary>SHA-256 of a record's source and key: enough to recognise it again, not to print it.</summary>
    public static string RecordDigest(string source, string sourceKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{source}\n{sourceKey}")));
}
