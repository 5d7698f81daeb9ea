namespace BrandPulse.Data.Registry;

/// <summary>
/// Folds accented Latin letters to ASCII (é → e, ß → ss, Ł → l). Written out because the programs run with
/// invariant globalization, where Unicode normalization does not decompose.
/// </summary>
internal static class LatinFold
{
    private const string From =
        "ÀÁÂÃÄÅàáâãäåĀāĂăĄąÇçĆćĈĉĊċČčÐðĎďĐđÈÉÊËèéêëĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħÌÍÎÏìíîïĨĩĪīĬĭĮįİıĴĵĶķĸĹĺĻļĽľĿŀŁłÑñŃńŅņŇňŉŊŋÒÓÔÕÖØòóôõöøŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲųŴŵÝýÿŶŷŸŹźŻżŽž";

    private const string To =
        "AAAAAAaaaaaaAaAaAaCcCcCcCcCcDdDdDdEEEEeeeeEeEeEeEeEeGgGgGgGgHhHhIIIIiiiiIiIiIiIiIiJjKkkLlLlLlLlLlNnNnNnNnnNnOOOOOOooooooOoOoOoRrRrRrSsSsSsSsTtTtTtUUUUuuuuUuUuUuUuUuUuWwYyyYyYZzZzZz";

    private static readonly Dictionary<char, string> s_map = BuildMap();

    public static string Fold(char c) => s_map.TryGetValue(c, out string? ascii) ? ascii : c.ToString();

    private static Dictionary<char, string> BuildMap()
    {
        var map = new Dictionary<char, string>();
        for (int i = 0; i < From.Length; i++)
        {
            map[From[i]] = To[i].ToString();
        }

        map['ß'] = "ss";
        map['Æ'] = "AE";
        map['æ'] = "ae";
        map['Œ'] = "OE";
        map['œ'] = "oe";
        map['Þ'] = "TH";
        map['þ'] = "th";
        return map;
    }
}
