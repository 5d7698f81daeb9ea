using System.Globalization;
using CsvHelper;

namespace BrandPulse.Browser.Tests.Infrastructure;

/// <summary>A downloaded CSV file: its header and its rows, each as column → cell.</summary>
public sealed record CsvTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyDictionary<string, string>> Rows)
{
    /// <summary>Parses strictly: a header, then rows with exactly as many fields as the header (else it throws).</summary>
    public static CsvTable Parse(byte[] body, string name)
    {
        using var reader = new StreamReader(new MemoryStream(body), detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
        {
            throw new InvalidDataException($"{name} has no header");
        }

        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (csv.Read())
        {
            if (csv.Parser.Count != header.Length)
            {
                throw new InvalidDataException(
                    $"{name} row {csv.Parser.Row} has {csv.Parser.Count} fields, the header {header.Length}: {csv.Parser.RawRecord}");
            }

            rows.Add(header.ToDictionary(h => h, h => csv.GetField(h) ?? ""));
        }

        return new CsvTable(header, rows);
    }

    /// <summary>A number cell of a download (invariant culture); null when empty.</summary>
    public static double? Number(string cell) =>
        cell.Length == 0 ? null : double.Parse(cell, NumberStyles.Float, CultureInfo.InvariantCulture);
}
