using System.Data.Common;
using BrandPulse.Data;
using BrandPulse.Data.Import;
using BrandPulse.Data.Model;
using BrandPulse.Data.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BrandPulse.Collector.Commands;

/// <summary>Lists brands, their slugs and their accounts.</summary>
public sealed class BrandsListCommand(Consoles consoles) : Command<DbSettings>
{
    public override int Execute(CommandContext context, DbSettings settings, CancellationToken cancellationToken)
    {
        using DbConnection connection = Database.OpenForWrite(settings.Db);
        var store = new BrandStore(connection);
        ILookup<long, BrandAccount> accounts = store.Accounts().ToLookup(a => a.BrandId);
        var table = new Table().AddColumns("slug", "name", "industry", "accounts");
        foreach (Brand b in store.All())
        {
            table.AddRow(Markup.Escape(b.Slug), Markup.Escape(b.DisplayName), Markup.Escape(b.Industry ?? "unknown"),
                Markup.Escape(string.Join("; ", accounts[b.Id].Select(a => $"{a.Channel}:{a.Handle}"))));
        }

        consoles.Out.Write(table);
        return ExitCodes.Ok;
    }
}
