using System.ComponentModel;
using System.Data.Common;
using BrandPulse.Data;
using BrandPulse.Data.Import;
using BrandPulse.Data.Model;
using BrandPulse.Data.Registry;
using BrandPulse.Data.Store;
using BrandPulse.Data.Stores;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BrandPulse.Collector.Commands;

/// <summary>Options of <c>brands add</c>.</summary>
public sealed class BrandsAddSettings : DbSettings
{
    [CommandOption("--name <NAME>")]
    [Description("Display name.")]
    public string Name { get; set; } = "";

    [CommandOption("--slug <SLUG>")]
    [Description("Its permanent address (/brands/SLUG/). Default: made from the name.")]
    public string? Slug { get; set; }

    [CommandOption("--industry <INDUSTRY>")]
    public string? Industry { get; set; }

    [CommandOption("--new")]
    [Description("The brand is new even though its name differs from an existing brand's only by accents.")]
    public bool New { get; set; }

    [CommandOption("--account <CHANNEL:HANDLE>")]
    [Description("An account of the brand, e.g. twitter:AcmeHelp (repeatable).")]
    public string[] Accounts { get; set; } = [];

    public override ValidationResult Validate() => string.IsNullOrWhiteSpace(Name)
        ? ValidationResult.Error("--name is required")
        : Slug is not null && (Slug != Slugs.Base(Slug) || Slugs.Reserved.Contains(Slug))
            ? ValidationResult.Error($"'{Slug}' is not a valid slug (lower-case letters, digits and hyphens, not a site path)")
            : ValidationResult.Success();
}

/// <summary>Adds a brand (editors).</summary>
public sealed class BrandsAddCommand(Consoles consoles) : Command<BrandsAddSettings>
{
    public override int Execute(CommandContext context, BrandsAddSettings settings, CancellationToken cancellationToken) =>
        BrandEdit.Run(consoles, settings.Db, store =>
        {
            if (settings.Slug is not null && store.SlugTaken(settings.Slug))
            {
                throw new InvalidOperationException($"the slug '{settings.Slug}' is taken (slugs are never reused)");
            }

            if (store.ByName(settings.Name) is { } same && NameKey.Of(same.DisplayName) == NameKey.Of(settings.Name))
            {
                throw new InvalidOperationException(
                    $"the brand {same.DisplayName} already exists at /brands/{same.Slug}/ (names are compared without case, invisible characters or extra spaces)");
            }

            if (!settings.New && BrandEdit.LookAlikeError(store, settings.Name, "--name") is { } lookAlike)
            {
                throw new InvalidOperationException(lookAlike);
            }

            Brand brand = store.Create(settings.Name, settings.Industry, BrandOrigins.Manual, settings.Slug);
            foreach (string account in settings.Accounts)
            {
                (string channel, string handle) = BrandEdit.ParseAccount(account);
                store.Attach(channel, handle, brand.Id);
            }

            return $"added {brand.DisplayName} at /brands/{brand.Slug}/";
        });
}

/// <summary>Options naming one brand by its slug.</summary>
public class BrandSlugSettings : DbSettings
{
    [CommandArgument(0, "<SLUG>")]
    [Description("The brand's slug (see brands list).")]
    public string Slug { get; set; } = "";
}

/// <summary>Options of <c>brands rename</c>.</summary>
public sealed class BrandsRenameSettings : BrandSlugSettings
{
    [CommandOption("--name <NAME>")]
    public string Name { get; set; } = "";

    [CommandOption("--industry <INDUSTRY>")]
    public string? Industry { get; set; }

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Name) ? ValidationResult.Error("--name is required") : ValidationResult.Success();
}

/// <summary>Renames a brand's display name; its slug and address stay.</summary>
public sealed class BrandsRenameCommand(Consoles consoles) : Command<BrandsRenameSettings>
{
    public override int Execute(CommandContext context, BrandsRenameSettings settings, CancellationToken cancellationToken) =>
        BrandEdit.Run(consoles, settings.Db, store =>
        {
            Brand brand = BrandEdit.Find(store, settings.Slug);
            store.Update(brand.Id, settings.Name.Trim(), settings.Industry ?? brand.Industry);
            return $"renamed {brand.DisplayName} to {settings.Name.Trim()}; its address stays /brands/{brand.Slug}/";
        });
}

/// <summary>Options of <c>brands attach</c>.</summary>
public sealed class BrandsAttachSettings : BrandSlugSettings
{
    [CommandArgument(1, "<CHANNEL:HANDLE>")]
    [Description("The account, e.g. twitter:AcmeHelp; moved here if another brand had it.")]
    public string Account { get; set; } = "";
}

/// <summary>Attaches an account to a brand, moving it (and its complaints) from another brand.</summary>
public sealed class BrandsAttachCommand(Consoles consoles) : Command<BrandsAttachSettings>
{
    public override int Execute(CommandContext context, BrandsAttachSettings settings, CancellationToken cancellationToken) =>
        BrandEdit.Run(consoles, settings.Db, store =>
        {
            Brand brand = BrandEdit.Find(store, settings.Slug);
            (string channel, string handle) = BrandEdit.ParseAccount(settings.Account);
            store.Attach(channel, handle, brand.Id);
            return $"{channel}:{handle} now belongs to {brand.DisplayName}";
        });
}

/// <summary>Options of <c>brands merge</c>.</summary>
public sealed class BrandsMergeSettings : BrandSlugSettings
{
    [CommandArgument(1, "<INTO_SLUG>")]
    [Description("The brand that remains.")]
    public string Into { get; set; } = "";
}

/// <summary>Merges one brand into another; the merged brand's address redirects.</summary>
public sealed class BrandsMergeCommand(Consoles consoles) : Command<BrandsMergeSettings>
{
    public override int Execute(CommandContext context, BrandsMergeSettings settings, CancellationToken cancellationToken) =>
        BrandEdit.Run(consoles, settings.Db, store =>
        {
            Brand from = BrandEdit.Find(store, settings.Slug);
            Brand into = BrandEdit.Find(store, settings.Into);
            store.Merge(from, into);
            return $"merged {from.DisplayName} into {into.DisplayName}; /brands/{from.Slug}/ redirects to /brands/{into.Slug}/";
        });
}

/// <summary>What the brand editing commands share: one transaction, one line of result.</summary>
internal static class BrandEdit
{
    public static int Run(Consoles consoles, string db, Func<BrandStore, string> edit)
    {
        using DbConnection connection = Database.OpenForWrite(db);
        using DbTransaction tx = connection.BeginWrite();
        string result = edit(new BrandStore(connection, tx));
        tx.Commit();
        consoles.Out.WriteLine(result);
        return ExitCodes.Ok;
    }

    /// <summary>
    /// Why <paramref name="name"/> should not make a new brand: an existing brand's name differs from it only by
    /// accents (and perhaps case), so it is probably that brand; null when no brand is that close.
    /// </summary>
    public static string? LookAlikeError(BrandStore store, string name, string option) =>
        store.ByName(name) is null && store.LookAlike(name) is { } existing
            ? $"'{NameKey.Clean(name)}' differs from the brand {existing.DisplayName} (/brands/{existing.Slug}/) only by accents or letter case: "
              + $"use {option} \"{existing.DisplayName}\" for that brand, or add --new if this is another brand"
            : null;

    public static Brand Find(BrandStore store, string slug) =>
        store.BySlug(slug.Trim()) is { MergedInto: null } brand
            ? brand
            : throw new InvalidOperationException($"no brand with the slug '{slug}' (see brands list)");

    public static (string Channel, string Handle) ParseAccount(string account)
    {
        int colon = account.IndexOf(':');
        string? channel = colon > 0 ? Channels.Normalize(account[..colon]) : null;
        string handle = colon > 0 ? account[(colon + 1)..].Trim().TrimStart('@') : "";
        return channel is null || handle.Length == 0
            ? throw new InvalidOperationException($"'{account}' is not channel:handle with a known channel ({Channels.AllowedList})")
            : (channel, handle);
    }
}
