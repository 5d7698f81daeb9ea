using System.Text;
using BrandPulse.Data.Import;
using BrandPulse.Data.Import.Calls;

namespace BrandPulse.Data.Tests.Calls;

/// <summary>Small call-centre logs written in the test, in the real file's format (tab-separated, CRLF).</summary>
internal static class CallLog
{
    public const string Header =
        "vru+line\tcall_id\tcustomer_id\tpriority\ttype\tdate\tvru_entry\tvru_exit\tvru_time\tq_start\tq_exit\tq_time\toutcome\tser_start\tser_exit\tser_time\tserver";

    public static string RealFile => Import.SharedData.Path("anonymous_bank_callcenter_1999_02.txt");

    public static TimeZoneInfo Jerusalem => TimeZoneInfo.FindSystemTimeZoneById("Asia/Jerusalem");

    /// <summary>A row: the columns after <c>type</c>, tab-separated in one string with spaces for readability.</summary>
    public static string Row(string id, string rest) => $"AA0101\t{id}\t0\t0\tPS\t" + string.Join('\t', rest.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    public static ParsedInput Parse(string text, string zone = "Asia/Jerusalem", string name = "calls.txt") =>
        CallCenterParser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(text)), name, "Bank",
            TimeZoneInfo.FindSystemTimeZoneById(zone));

    public static ParsedInput Parse(IEnumerable<string> rows, string zone = "Asia/Jerusalem") =>
        Parse(Header + "\r\n" + string.Join("\r\n", rows) + "\r\n", zone);
}
