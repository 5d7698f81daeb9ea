using System.Data.Common;

namespace BrandPulse.Data.Store;

/// <summary>The complaint query's columns through any ADO.NET reader (PostgreSQL).</summary>
internal readonly struct DataReaderColumns(DbDataReader reader) : IComplaintColumns
{
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);

    public bool Read() => reader.Read();

    public bool IsNull(int column) => reader.IsDBNull(column);

    public long Int64(int column) => reader.GetInt64(column);

    public string Text(int column)
    {
        string s = reader.GetString(column);
        if (!_strings.TryGetValue(s, out string? shared))
        {
            _strings[s] = shared = s;
        }

        return shared;
    }

    public long Reference(int column) => Registry.ComplaintReference.Parse(reader.GetString(column));
}
