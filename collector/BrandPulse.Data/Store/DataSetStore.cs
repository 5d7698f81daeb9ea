using System.Data.Common;
using Dapper;

namespace BrandPulse.Data.Store;

/// <summary>
/// The <c>data_set</c> table: one row per source, recorded by every import, saying whether the data set is
/// <em>selected</em>, that is holds only conversations the brand answered (its answer rate says nothing of the
/// complaints left unanswered). The tweet archive (<c>twcs:*</c>) and the IBM set (<c>ibm-cdp</c>) are, by default;
/// live fetches, people's logs, call logs, spreadsheets and field campaigns are not. An import's
/// <c>--selected</c>/<c>--not-selected</c> overrides the default, and the last override stands.
/// </summary>
public static class DataSetStore
{
    /// <summary>Whether a source is a selected sample unless someone says otherwise.</summary>
    public static bool SelectedByDefault(string source) =>
        source.StartsWith("twcs:", StringComparison.Ordinal) || source == "ibm-cdp";

    /// <summary>Records the source: a new one with <paramref name="selected"/> or its default; a known one changes only when told.</summary>
    public static void Record(DbConnection connection, DbTransaction transaction, string source, bool? selected) =>
        connection.Execute(selected is null
            ? "INSERT INTO data_set (source, selected) VALUES (@source, @value) ON CONFLICT (source) DO NOTHING;"
            : "INSERT INTO data_set (source, selected) VALUES (@source, @value) ON CONFLICT (source) DO UPDATE SET selected = excluded.selected;",
            new { source, value = (selected ?? SelectedByDefault(source)) ? 1 : 0 }, transaction);

    /// <summary>Every recorded source and whether it is selected.</summary>
    public static IReadOnlyDictionary<string, bool> All(DbConnection connection, DbTransaction? transaction = null) =>
        connection.Query<(string Source, long Selected)>("SELECT source, selected FROM data_set;", transaction: transaction)
            .ToDictionary(d => d.Source, d => d.Selected != 0, StringComparer.Ordinal);
}
