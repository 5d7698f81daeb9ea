using System.ComponentModel;
using BrandPulse.Data.Model;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BrandPulse.Collector.Commands;

/// <summary>Options of <c>forget</c>: one person, by the identifiers their sources know them by, or single records.</summary>
public sealed class ForgetSettings : DbSettings
{
    [CommandOption("--handle <HANDLE>")]
    [Description("The person's handle on Twitter/X or Bluesky (as collected live; a twcs author_id; an IBM client id). Repeatable.")]
    public string[] Handles { get; set; } = [];

    [CommandOption("--customer-id <ID>")]
    [Description("The person's customer id in a call-centre log (import calls); needs --brand. Repeatable.")]
    public string[] CustomerIds { get; set; } = [];

    [CommandOption("--brand <NAME>")]
    [Description("With --customer-id: the brand the call log was imported for, as given to 'import calls --brand'.")]
    public string? Brand { get; set; }

    [CommandOption("--volunteer <NAME>")]
    [Description("A field volunteer's self-chosen name (import field); needs --device.")]
    public string? Volunteer { get; set; }

    [CommandOption("--device <ID>")]
    [Description("With --volunteer: the device id of their capture page's export.")]
    public string? Device { get; set; }

    [CommandOption("--channel <CHANNEL>")]
    [Description("Erase the person's complaints on this channel only. Default: every channel.")]
    public string? Channel { get; set; }

    [CommandOption("--source <SOURCE>")]
    [Description("With --key: the source of single records to erase, e.g. x, bluesky, twcs:twcs_kaggle_sample (see 'source' in the downloads).")]
    public string? Source { get; set; }

    [CommandOption("--key <KEY>")]
    [Description("With --source: the record's key there (a tweet id, a post URI, a twcs tweet_id). Repeatable.")]
    public string[] Keys { get; set; } = [];

    [CommandOption("--reason <TEXT>")]
    [Description("Why (kept in the erasure log), e.g. \"request 2026-12-04 by e-mail\". Must not name the person.")]
    public string Reason { get; set; } = "";

    [CommandOption("--dry-run")]
    [Description("Count what would be erased; change nothing.")]
    public bool DryRun { get; set; }

    public bool IsPerson => Handles.Length > 0 || CustomerIds.Length > 0 || Volunteer is not null || Device is not null;

    /// <summary>Everything that names the person or the record (never printed, never logged).</summary>
    public IEnumerable<string> Identifiers =>
        [.. Handles, .. CustomerIds, .. Keys, .. new[] { Volunteer, Device }.OfType<string>()];

    public override ValidationResult Validate()
    {
        bool records = Source is not null || Keys.Length > 0;
        return !IsPerson && !records ? ValidationResult.Error("say whom or what to forget: --handle, --customer-id with --brand, --volunteer with --device, or --source with --key")
            : IsPerson && records ? ValidationResult.Error("erase one person or some records, not both at once")
            : records && (Source is null || Keys.Length == 0) ? ValidationResult.Error("--source and --key go together")
            : CustomerIds.Length > 0 && string.IsNullOrWhiteSpace(Brand) ? ValidationResult.Error("--customer-id needs --brand (the brand the call log was imported for)")
            : (Volunteer is null) != (Device is null) ? ValidationResult.Error("--volunteer and --device go together")
            : Identifiers.Any(string.IsNullOrWhiteSpace) ? ValidationResult.Error("an identifier is empty")
            : Channel is not null && Channels.Normalize(Channel) is null ? ValidationResult.Error($"unknown channel; one of: {Channels.AllowedList}")
            : records && Channel is not null ? ValidationResult.Error("--channel applies to a person, not to single records")
            : string.IsNullOrWhiteSpace(Reason) ? ValidationResult.Error("give a --reason (kept in the erasure log, without the identifier)")
            : Identifiers.Any(id => Reason.Contains(id.Trim().TrimStart('@'), StringComparison.OrdinalIgnoreCase))
                ? ValidationResult.Error("the --reason must not repeat the identifier: the erasure log keeps no identifier")
            : ValidationResult.Success();
    }
}
