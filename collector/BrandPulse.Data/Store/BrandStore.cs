using System.Data.Common;
using BrandPulse.Data.Model;
using BrandPulse.Data.Registry;
using Dapper;

namespace BrandPulse.Data.Store;

/// <summary>Brands and their accounts: lookups, creation with a unique slug assigned once, and account moves.</summary>
public sealed class BrandStore(DbConnection connection, DbTransaction? transaction = null)
{
    public IReadOnlyList<Brand> All() => connection.Query<Brand>("""
        SELECT id AS Id, slug AS Slug, display_name AS DisplayName, industry AS Industry, origin AS Origin,
               merged_into AS MergedInto
        FROM brand ORDER BY slug;
        """, transaction: transaction).AsList();

    public IReadOnlyList<BrandAccount> Accounts() => connection.Query<BrandAccount>("""
        SELECT channel AS Channel, account_key AS AccountKey, handle AS Handle, brand_id AS BrandId
        FROM brand_account ORDER BY channel, account_key;
        """, transaction: transaction).AsList();

    public Brand? BySlug(string slug) => connection.QuerySingleOrDefault<Brand>("""
        SELECT id AS Id, slug AS Slug, display_name AS DisplayName, industry AS Industry, origin AS Origin,
               merged_into AS MergedInto
        FROM brand WHERE slug = @slug;
        """, new { slug }, transaction);

    /// <summary>
    /// The brand whose display name has the same <see cref="NameKey"/> as <paramref name="name"/>, else the brand
    /// whose slug it is (in any case, unless it is that brand's name without its accents: "TELEFONICA" is not the slug
    /// of Telefónica but another name), if any; the oldest when several match.
    /// </summary>
    public Brand? ByName(string name)
    {
        string key = NameKey.Of(name);
        string slug = name.Trim();
        List<Brand> current = [.. Current()];
        return current.FirstOrDefault(b => NameKey.Of(b.DisplayName) == key)
            ?? current.FirstOrDefault(b => b.Slug == slug)
            ?? current.FirstOrDefault(b => b.Slug == slug.ToLowerInvariant() && NameKey.Loose(b.DisplayName) != NameKey.Loose(name));
    }

    /// <summary>
    /// A brand whose name differs from <paramref name="name"/> only by accents or letter case (its
    /// <see cref="NameKey.Loose"/> key is the same, its <see cref="NameKey.Of"/> key is not), if any: a person typing
    /// "Telefonica" most likely means "Telefónica".
    /// </summary>
    public Brand? LookAlike(string name)
    {
        string key = NameKey.Of(name);
        string loose = NameKey.Loose(name);
        return Current().FirstOrDefault(b => NameKey.Of(b.DisplayName) != key && NameKey.Loose(b.DisplayName) == loose);
    }

    /// <summary>The brands not merged into another, oldest first.</summary>
    private IEnumerable<Brand> Current() => connection.Query<Brand>("""
        SELECT id AS Id, slug AS Slug, display_name AS DisplayName, industry AS Industry, origin AS Origin,
               merged_into AS MergedInto
        FROM brand WHERE merged_into IS NULL ORDER BY id;
        """, transaction: transaction);

    /// <summary>Creates a brand with a slug no other brand has or had.</summary>
    public Brand Create(string displayName, string? industry, string origin, string? slug = null)
    {
        displayName = CleanName(displayName);
        industry = industry is null ? null : CleanText.Name(industry);
        string assigned = slug ?? Slugs.Unique(displayName, SlugTaken);
        long id = connection.ExecuteScalar<long>("""
            INSERT INTO brand (slug, display_name, industry, origin) VALUES (@assigned, @displayName, @industry, @origin)
            RETURNING id;
            """, new { assigned, displayName, industry, origin }, transaction);
        return new Brand(id, assigned, displayName, industry, origin, null);
    }

    public bool SlugTaken(string slug) => connection.ExecuteScalar<long>("""
        SELECT (SELECT count(*) FROM brand WHERE slug = @slug) + (SELECT count(*) FROM brand_slug_alias WHERE slug = @slug);
        """, new { slug }, transaction) > 0;

    public void Update(long id, string displayName, string? industry) => connection.Execute("""
        UPDATE brand SET display_name = @displayName, industry = @industry WHERE id = @id;
        """, new { id, displayName = CleanName(displayName), industry = industry is null ? null : CleanText.Name(industry) }, transaction);

    /// <summary>Sets whether Ley 10/2025 covers the brand (one of <see cref="LawScopes"/>); true when it changed.</summary>
    public bool SetLawScope(long id, string lawScope) => connection.Execute("""
        UPDATE brand SET law_scope = @lawScope WHERE id = @id AND law_scope <> @lawScope;
        """, new { id, lawScope }, transaction) > 0;

    private static string CleanName(string name)
    {
        string clean = NameKey.Clean(name);
        return clean.Length > 0 ? clean : throw new ArgumentException("a brand name needs visible characters", nameof(name));
    }

    /// <summary>Attaches an account to a brand, moving it (and the complaints that came through it) if it had another.</summary>
    public void Attach(string channel, string handle, long brandId)
    {
        string accountKey = AccountKey(handle);
        connection.Execute("""
            UPDATE brand SET revision = @revision
            WHERE id = @brandId OR id IN (SELECT brand_id FROM complaint WHERE channel = @channel AND account_key = @accountKey);
            INSERT INTO brand_account (channel, account_key, handle, brand_id) VALUES (@channel, @accountKey, @handle, @brandId)
            ON CONFLICT (channel, account_key) DO UPDATE SET brand_id = excluded.brand_id;
            UPDATE complaint SET brand_id = @brandId WHERE channel = @channel AND account_key = @accountKey;
            """, new { channel, accountKey, handle = CleanHandle(handle), brandId, revision = Revisions.New() }, transaction);
    }

    /// <summary>
    /// Merges <paramref name="from"/> into <paramref name="into"/>: its complaints and accounts move, it stays as a
    /// record (merged_into) and its slug becomes an alias that redirects, so its address keeps working.
    /// </summary>
    public void Merge(Brand from, Brand into)
    {
        if (from.Id == into.Id)
        {
            throw new InvalidOperationException("a brand cannot be merged into itself");
        }

        connection.Execute("""
            UPDATE brand SET revision = @revision WHERE id IN (@from, @into);
            UPDATE complaint SET brand_id = @into WHERE brand_id = @from;
            UPDATE brand_account SET brand_id = @into WHERE brand_id = @from;
            UPDATE brand_slug_alias SET brand_id = @into WHERE brand_id = @from;
            UPDATE brand SET merged_into = @into WHERE merged_into = @from;
            UPDATE brand SET merged_into = @into WHERE id = @from;
            INSERT INTO brand_slug_alias (slug, brand_id) VALUES (@slug, @into)
            ON CONFLICT (slug) DO UPDATE SET brand_id = excluded.brand_id;
            """, new { from = from.Id, into = into.Id, slug = from.Slug, revision = Revisions.New() }, transaction);
    }

    /// <summary>Old addresses that redirect: (alias slug, current slug).</summary>
    public IReadOnlyList<(string Alias, string Slug)> Aliases() => connection.Query<(string, string)>("""
        SELECT a.slug, b.slug FROM brand_slug_alias a JOIN brand b ON b.id = a.brand_id ORDER BY a.slug;
        """, transaction: transaction).AsList();

    /// <summary>The key an account is found by: see <see cref="NameKey.OfHandle"/>.</summary>
    public static string AccountKey(string handle) => NameKey.OfHandle(handle);

    /// <summary>A handle as stored and shown: invisible characters removed, without its leading @s.</summary>
    public static string CleanHandle(string handle) => NameKey.Clean(handle).TrimStart('@');
}
