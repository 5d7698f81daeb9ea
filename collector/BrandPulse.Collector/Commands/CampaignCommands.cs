using System.ComponentModel;
using System.Data.Common;
using System.Globalization;
using BrandPulse.Data;
using BrandPulse.Data.Campaigns;
using BrandPulse.Data.Import;
using BrandPulse.Data.Model;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BrandPulse.Collector.Commands;

/// <summary>Options of <c>campaign load</c>.</summary>
public sealed class CampaignLoadSettings : DbSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("The campaign file (JSON), e.g. data/campaigns/demo-2026-12.json.")]
    public string File { get; set; } = "";

    public override ValidationResult Validate() =>
        System.IO.File.Exists(File) ? ValidationResult.Success() : ValidationResult.Error($"file not found: {File}");
}

/// <summary>
/// Checks a campaign file and stores it: nothing is written while any field is wrong (each listed with its field and
/// why, exit 1); loading the same file again changes nothing, a changed file replaces the stored campaign.
/// </summary>
public sealed class CampaignLoadCommand(Consoles consoles) : Command<CampaignLoadSettings>
{
    public override int Execute(CommandContext context, CampaignLoadSettings settings, CancellationToken cancellationToken)
    {
        Campaign? campaign = CampaignFile.Load(settings.File, out IReadOnlyList<CampaignError> errors);
        if (campaign is null)
        {
            foreach (CampaignError error in errors)
            {
                consoles.Error.MarkupLineInterpolated($"[red]error:[/] {error.ToString()}");
            }

            consoles.Error.MarkupLineInterpolated($"{Path.GetFileName(settings.File)}: {errors.Count} problem(s); nothing loaded");
            return ExitCodes.Failed;
        }

        using DbConnection connection = Database.OpenForWrite(settings.Db);
        CampaignLoadOutcome outcome = new CampaignStore(connection).Save(campaign);
        int contacts = campaign.Brands.Sum(b => b.Contacts.Count);
        consoles.Out.WriteLine($"{Path.GetFileName(settings.File)}: campaign {campaign.Slug} {outcome.ToString().ToLowerInvariant()} " +
            $"({campaign.Brands.Count} brands, {contacts} contact points, {campaign.Starts:yyyy-MM-dd} to {campaign.Ends:yyyy-MM-dd}" +
            $"{(campaign.Illustrative ? ", illustrative" : "")})");
        return ExitCodes.Ok;
    }
}

/// <summary>Lists the campaigns in the database with their dates, protocol and how many attempts are stored.</summary>
public sealed class CampaignListCommand(Consoles consoles) : Command<DbSettings>
{
    public override int Execute(CommandContext context, DbSettings settings, CancellationToken cancellationToken)
    {
        using DbConnection connection = Database.OpenForWrite(settings.Db);
        Dictionary<string, long> attempts = Dapper.SqlMapper.Query<(string Campaign, long Count)>(connection,
                "SELECT campaign, count(*) FROM complaint WHERE campaign IS NOT NULL GROUP BY campaign;")
            .ToDictionary(r => r.Campaign, r => r.Count, StringComparer.Ordinal);
        var table = new Table().AddColumns("slug", "name", "dates", "region", "min wait", "brands", "contacts", "attempts stored");
        foreach (Campaign c in new CampaignStore(connection).All())
        {
            table.AddRow(Markup.Escape(c.Slug), Markup.Escape(c.Name + (c.Illustrative ? " (illustrative)" : "")),
                $"{c.Starts:yyyy-MM-dd} to {c.Ends:yyyy-MM-dd}", Markup.Escape(c.Region),
                c.Protocol.MinWaitSeconds.ToString(CultureInfo.InvariantCulture) + " s",
                c.Brands.Count.ToString(CultureInfo.InvariantCulture),
                c.Brands.Sum(b => b.Contacts.Count).ToString(CultureInfo.InvariantCulture),
                attempts.GetValueOrDefault(c.Slug).ToString(CultureInfo.InvariantCulture));
        }

        consoles.Out.Write(table);
        return ExitCodes.Ok;
    }
}
