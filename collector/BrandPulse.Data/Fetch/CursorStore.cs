using System.Data.Common;
using Dapper;

namespace BrandPulse.Data.Fetch;

/// <summary>The <c>fetch_cursor</c> table: one saved position per (source, scope).</summary>
public sealed class CursorStore(DbConnection connection, DbTransaction? transaction = null)
{
    public SweepCursor Load(string source, string scope) => SweepCursor.FromJson(connection.QuerySingleOrDefault<string>("""
        SELECT cursor FROM fetch_cursor WHERE source = @source AND scope = @scope;
        """, new { source, scope }, transaction));

    public void Save(string source, string scope, SweepCursor cursor, long nowMs) => connection.Execute("""
        INSERT INTO fetch_cursor (source, scope, cursor, updated_at_ms) VALUES (@source, @scope, @json, @nowMs)
        ON CONFLICT (source, scope) DO UPDATE SET cursor = excluded.cursor, updated_at_ms = excluded.updated_at_ms;
        """, new { source, scope, json = cursor.ToJson(), nowMs }, transaction);
}
