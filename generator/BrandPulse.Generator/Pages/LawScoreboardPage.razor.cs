using BrandPulse.Generator.Model;
using BrandPulse.Generator.Rendering;
using Microsoft.AspNetCore.Components;

namespace BrandPulse.Generator.Pages;

/// <summary>The scoreboard's parameters and the plain (non-markup) helpers of its cells; the markup is in the .razor file.</summary>
public partial class LawScoreboardPage
{
    [Parameter, EditorRequired] public SiteModel Model { get; set; } = null!;
    [Parameter, EditorRequired] public SiteContext Context { get; set; } = null!;
    [Parameter] public string Root { get; set; } = "../";

    /// <summary>Every rule's rows (computed once per build, shared by the scoreboard and the rules' pages).</summary>
    [Parameter, EditorRequired] public LawScoreboardRows Rows { get; set; } = null!;

    /// <summary>Null on the scoreboard (every rule, its first rows); a rule (<see cref="LawScoreboardRows.Rules"/>) on that rule's pages.</summary>
    [Parameter] public string? Rule { get; set; }

    /// <summary>The page of the rule's list (from 1).</summary>
    [Parameter] public int PageNumber { get; set; } = 1;

    private string ReferencePath => Rule is null ? "ley-10-2025/index.html" : $"ley-10-2025/{Rule}/{ListPages.Folder(PageNumber)}index.html";

    private IReadOnlyList<ChannelFigures> Phone => Rows.Phone;

    private IReadOnlyList<ChannelFigures> Field => Rows.Field;

    private IReadOnlyList<ChannelFigures> Language => Rows.Language;

    private IReadOnlyList<ChannelFigures> Written => Rows.Written;

    private bool Shows(string rule) => Rule is null || Rule == rule;

    /// <summary>Under a rule's table: on the scoreboard a link to all its rows when there are more; on the rule's pages the pager.</summary>
    private MarkupString More(string rule)
    {
        int count = Rows.For(rule).Count;
        if (Rule is not null)
        {
            return ListPages.Links(PageNumber, count, "index.html", Context);
        }

        return count <= LawScoreboardRows.Preview ? new MarkupString("")
            : new MarkupString($"<p class=\"more\"><a href=\"{Context.Href(Root, $"ley-10-2025/{rule}/index.html")}\">{Context.Say("law.see_all", ("count", FigureText.Count(count, Context))).Value}</a></p>");
    }

    private string Volunteers(ChannelFigures f) => f.Law!.Campaigns.Count == 0 ? "–" : FigureText.Count(f.Law.Volunteers, Context);

    /// <summary>A string in bold, as markup.</summary>
    private MarkupString Strong(string key) => new($"<strong>{Context.Say(key).Value}</strong>");

    private string CampaignNames(ChannelFigures f) => f.Law!.Campaigns.Count == 0 ? "–"
        : string.Join(", ", f.Law.Campaigns.Select(s => Model.CampaignNames.GetValueOrDefault(s, s)));
}
