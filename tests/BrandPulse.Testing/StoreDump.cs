using System.Data.Common;
using System.Globalization;
using System.Text;
using Dapper;

namespace BrandPulse.Testing;

/// <summary>
/// A canonical dump of a BrandPulse database, the same text for the same content in either store: every table's rows
/// without ids, run ids or times of saving, brands named by slug, in a fixed order.
/// </summary>
public static class StoreDump
{
    public static string Canonical(DbConnection c)
    {
        var dump = new StringBuilder();
        Append(c, dump, """
            SELECT c.source, c.source_key, b.slug, c.channel, c.account_key, c.complained_at_ms, c.first_response_at_ms,
                   c.first_substantive_at_ms, c.observed_until_ms, c.complainant_pseudonym, c.response_kind, c.quality,
                   c.illustrative, c.outcome, c.dialed_at_ms, c.asked_person_at_ms, c.menu_offered_person,
                   c.complaint_language, c.answer_language, c.tracking_code, c.campaign, c.contributor_pseudonym,
                   r.source, r.input_name, r.input_sha256
            FROM complaint c JOIN brand b ON b.id = c.brand_id JOIN import_run r ON r.id = c.import_run_id
            ORDER BY c.source, c.source_key;
            """);
        Append(c, dump, """
            SELECT slug, display_name, industry, origin, law_scope, (SELECT slug FROM brand m WHERE m.id = b.merged_into) AS merged_into
            FROM brand b ORDER BY b.slug;
            """);
        Append(c, dump, "SELECT a.channel, a.account_key, a.handle, b.slug FROM brand_account a JOIN brand b ON b.id = a.brand_id ORDER BY 1, 2;");
        Append(c, dump, "SELECT a.slug, b.slug FROM brand_slug_alias a JOIN brand b ON b.id = a.brand_id ORDER BY 1;");
        Append(c, dump, "SELECT source, scope, cursor FROM fetch_cursor ORDER BY source, scope;");
        Append(c, dump, "SELECT source, selected FROM data_set ORDER BY source;");
        Append(c, dump, "SELECT slug, name, definition FROM campaign ORDER BY slug;");
        Append(c, dump, "SELECT source, input_name, input_sha256, accepted, updated, duplicates, rejected FROM import_run ORDER BY source, input_name, accepted;");
        Append(c, dump, "SELECT kind, complaints, channels, reason FROM erasure_log ORDER BY erased_at_ms, kind;");
        Append(c, dump, "SELECT kind, value FROM erased ORDER BY kind, value;");
        Append(c, dump, "SELECT version, description FROM schema_migration ORDER BY version;");
        return dump.ToString();
    }

    private static void Append(DbConnection c, StringBuilder dump, string sql)
    {
        foreach (IDictionary<string, object?> row in c.Query(sql).Cast<IDictionary<string, object?>>())
        {
            dump.AppendJoin('|', row.Values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))).Append('\n');
        }

        dump.Append("--\n");
    }
}
