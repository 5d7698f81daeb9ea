using System.Text;
using BrandPulse.Data.Import;
using BrandPulse.Data.Import.Field;
using BrandPulse.Data.Model;
using BrandPulse.Data.Registry;

namespace BrandPulse.Data.Tests.Import.Field;

/// <summary>A small campaign and export rows written field by field, for the field importer's tests.</summary>
internal static class FieldExport
{
    public static readonly Campaign Campaign = new("madrid-2027", "Madrid 2027", false,
        new DateOnly(2027, 1, 10), new DateOnly(2027, 1, 31), "ES-MD", "Europe/Madrid",
        new CampaignProtocol(180, 900, 3, ["09:00-11:00"], 40),
        [new CampaignBrand("Acme", [new CampaignContact("acme-phone", "phone", "900 000 000"), new CampaignContact("acme-mail", "email", "a@example.com")])]);

    public static readonly string Header = string.Join(",", FieldColumnsList);

    /// <summary>A call that reached a person after 150 s of waiting from connection.</summary>
    public static Dictionary<string, string> Call(string id = "call-1", string volunteer = "Ana", string device = "dev1") => new()
    {
        ["attempt_id"] = id,
        ["campaign"] = "madrid-2027",
        ["brand"] = "Acme",
        ["contact"] = "acme-phone",
        ["channel"] = "phone",
        ["volunteer"] = volunteer,
        ["device_id"] = device,
        ["dialed_at"] = "2027-01-12T09:00:00+01:00",
        ["connected_at"] = "2027-01-12T09:00:20+01:00",
        ["asked_person_at"] = "2027-01-12T09:01:00+01:00",
        ["person_at"] = "2027-01-12T09:02:50+01:00",
        ["ended_at"] = "2027-01-12T09:10:00+01:00",
        ["outcome"] = "reached_person",
        ["menu_offered_person"] = "no",
        ["language_asked"] = "ca",
        ["language_served"] = "es",
        ["tracking_code"] = "yes",
    };

    /// <summary>An e-mail sent on 29 January, not answered yet.</summary>
    public static Dictionary<string, string> Mail(string id = "mail-1") => new()
    {
        ["attempt_id"] = id,
        ["campaign"] = "madrid-2027",
        ["brand"] = "Acme",
        ["contact"] = "acme-mail",
        ["channel"] = "email",
        ["volunteer"] = "Ana",
        ["device_id"] = "dev1",
        ["sent_at"] = "2027-01-29T20:00:00+01:00",
        ["language_asked"] = "eu",
    };

    public static Dictionary<string, string> With(this Dictionary<string, string> row, string field, string value) =>
        new(row) { [field] = value };

    public static byte[] Csv(params Dictionary<string, string>[] rows)
    {
        var text = new StringBuilder(Header + "\n");
        foreach (Dictionary<string, string> row in rows)
        {
            text.Append(string.Join(",", FieldColumnsList.Select(c => row.GetValueOrDefault(c, "")))).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public static BrandPulse.Data.Import.Field.FieldExport Parse(params Dictionary<string, string>[] rows) =>
        FieldExportParser.Parse(Csv(rows), "export.csv", [Campaign], Pseudonymizer.ForTests(), Now);

    public static ParsedInput Single(params Dictionary<string, string>[] rows) => Assert.Single(Parse(rows).Campaigns);

    /// <summary>"Now" for the tests: after the observation window.</summary>
    public static readonly long Now = DateTimeOffset.Parse("2027-06-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();

    public static long Ms(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();

    private static string[] FieldColumnsList =>
    [
        "attempt_id", "campaign", "brand", "contact", "channel", "volunteer", "device_id", "dialed_at", "connected_at",
        "asked_person_at", "person_at", "ended_at", "outcome", "menu_offered_person", "language_asked", "language_served",
        "tracking_code", "sent_at", "first_answer_at", "first_answer_kind", "real_answer_at", "answer_language", "updated_at",
    ];
}
