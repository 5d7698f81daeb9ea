using System.Globalization;
using System.Text;
using BrandPulse.Data.Import;
using BrandPulse.Data.Import.Spreadsheet;

namespace BrandPulse.Data.Tests.Spreadsheet;

/// <summary>Spreadsheets written in the tests, parsed with a fixed "now".</summary>
internal static class Sheet
{
    public static readonly long Now = Utc("2025-01-01T00:00:00Z");

    public const string Map = "brand=Company,channel=Via,complained_at=Opened,answered_at=First reply,ref=Ticket";

    public static long Utc(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();

    public static ParsedInput Parse(string text, string map = Map, string? channel = null, string? zone = null, string? format = null) =>
        Parse(Encoding.UTF8.GetBytes(text), map, channel, zone, format);

    public static ParsedInput Parse(byte[] bytes, string map = Map, string? channel = null, string? zone = null, string? format = null) =>
        SpreadsheetParser.Parse(bytes, "sheet.csv", SpreadsheetMapping.Parse(map, channel is not null),
            new SpreadsheetOptions(channel, zone is null ? null : TimeZoneInfo.FindSystemTimeZoneById(zone), format, Now));
}
