namespace BrandPulse.Data.Import.Spreadsheet;

/// <summary>
/// How to read a spreadsheet beyond its mapping: the channel of every row (when no column says), the zone of times
/// written without an offset, a custom time format, and "now" (for complaints still waiting and for future times).
/// </summary>
public sealed record SpreadsheetOptions(string? Channel, TimeZoneInfo? Zone, string? TimeFormat, long NowMs);
