using System.Data.Common;
using BrandPulse.Data.Model;
using BrandPulse.Data.Registry;
using BrandPulse.Data.Store;
using BrandPulse.Data.Stores;
using Dapper;

namespace BrandPulse.Data.Schema;

/// <summary>
/// Migration 5: a database may hold one brand twice, written in two Unicode forms, two letter cases or with an
/// invisible character (before <see cref="NameKey"/>). Account keys are recomputed; two accounts that are one, or
/// two brands whose names are one, are merged: the older brand (its slug) stays, the newer one's slug redirects
/// (<see cref="BrandStore.Merge"/>, which gives both new revisions). Display names are stored composed (NFC).
/// </summary>
internal static class MergeSpellings
{
    private sealed record Account(string Channel, string AccountKey, string Handle, long BrandId);

    public static void Apply(DbConnection connection, DbTransaction tx)
    {
        var brands = new BrandStore(connection, tx);
        // In the order they were stored; an account is found again by its key (a key is only ever taken by a row whose
        // own old key it was not, after that row was visited).
        foreach (Account a in connection.Query<Account>($"""
            SELECT channel AS Channel, account_key AS AccountKey, handle AS Handle, brand_id AS BrandId
            FROM brand_account ORDER BY brand_id, {StoreDialect.Of(connection).InsertionOrder};
            """, transaction: tx).AsList())
        {
            RekeyAccount(connection, tx, brands, a);
        }

        IEnumerable<IGrouping<string, Brand>> spellings = brands.All()
            .Where(b => b.MergedInto is null)
            .GroupBy(b => NameKey.Of(b.DisplayName));
        foreach (IGrouping<string, Brand> spelling in spellings)
        {
            Brand[] oldestFirst = [.. spelling.OrderBy(b => b.Id)];
            foreach (Brand newer in oldestFirst.Skip(1))
            {
                brands.Merge(newer, oldestFirst[0]);
            }
        }

        foreach (Brand b in brands.All().Where(b => NameKey.Clean(b.DisplayName) != b.DisplayName && NameKey.Clean(b.DisplayName).Length > 0))
        {
            connection.Execute("UPDATE brand SET display_name = @name WHERE id = @Id;", new { name = NameKey.Clean(b.DisplayName), b.Id }, tx);
        }
    }

    /// <summary>Gives an account its new key, merging its brand with the brand that already holds that key, if another.</summary>
    private static void RekeyAccount(DbConnection connection, DbTransaction tx, BrandStore brands, Account a)
    {
        string key = NameKey.OfHandle(a.Handle);
        if (key == a.AccountKey)
        {
            return;
        }

        long brandId = connection.ExecuteScalar<long>(
            "SELECT brand_id FROM brand_account WHERE channel = @Channel AND account_key = @AccountKey;", a, tx);
        long? holder = connection.ExecuteScalar<long?>("""
            SELECT brand_id FROM brand_account WHERE channel = @Channel AND account_key = @key;
            """, new { a.Channel, key }, tx);
        if (holder is long other && other != brandId)
        {
            Brand older = brands.All().Single(b => b.Id == Math.Min(other, brandId));
            Brand newer = brands.All().Single(b => b.Id == Math.Max(other, brandId));
            brands.Merge(newer, older);
        }

        connection.Execute(holder is null
            ? "UPDATE brand_account SET account_key = @key, handle = @handle WHERE channel = @Channel AND account_key = @AccountKey;"
            : "DELETE FROM brand_account WHERE channel = @Channel AND account_key = @AccountKey;",
            new { key, handle = BrandStore.CleanHandle(a.Handle), a.Channel, a.AccountKey }, tx);
        connection.Execute("""
            UPDATE complaint SET account_key = @key WHERE channel = @Channel AND account_key = @AccountKey;
            """, new { key, a.Channel, a.AccountKey }, tx);
    }
}
