using System.Globalization;
using System.Text;

namespace BrandPulse.Testing.Fuzz;

/// <summary>
/// Seeded CSVs for <c>import manual</c> (one record, one complaint), mixing good rows, rows a person typed wrong and
/// hostile brand names, so every record can be accounted for: stored once, or rejected on its physical line.
/// </summary>
public static class ManualFixtures
{
    public const string Header = "ref,brand,channel,complained_at,answered_at,observed_until";

    private static readonly DateTimeOffset s_start = new(2024, 5, 2, 9, 0, 0, TimeSpan.FromHours(2));

    /// <summary>A file of <paramref name="rows"/> records, about a third of them bad, with hostile brands if asked.</summary>
    public static ManualFixture Mixed(int seed, int rows, bool hostileBrands = false, string name = "manual_mixed.csv")
    {
        var random = new Random(seed);
        var text = new StringBuilder(Header).Append("\r\n");
        var rejected = new List<int>();
        var accepted = new List<string>();
        int line = 2;
        string[] channels = ["phone", "Twitter", "x", "email", " chat ", "X.com"];
        for (int i = 0; i < rows; i++)
        {
            string reference = "R" + i.ToString("D5", CultureInfo.InvariantCulture);
            string brand = hostileBrands && i % 3 == 0
                ? HostileStrings.Printable[i / 3 % HostileStrings.Printable.Count]
                : "Brand " + (char)('A' + (i % 5));
            string channel = channels[random.Next(channels.Length)];
            DateTimeOffset complained = s_start.AddMinutes(i * 3);
            string answered = random.Next(4) == 0 ? "" : Iso(complained.AddMinutes(1 + random.Next(180)));
            string complainedText = Iso(complained);
            bool bad = random.Next(4) == 0;
            if (bad)
            {
                switch (random.Next(5))
                {
                    case 0: channel = "fax"; break;
                    case 1: complainedText = "2024-13-01T00:00:00Z"; break;
                    case 2: brand = "   "; break;
                    case 3: answered = Iso(complained.AddMinutes(-5)); break;
                    default: complainedText = "2024-05-02 09:00"; break;
                }
            }

            string record = string.Join(',', new[] { reference, brand, channel, complainedText, answered, "" }.Select(Quote));
            text.Append(record).Append("\r\n");
            (bad ? rejected : null)?.Add(line);
            if (!bad)
            {
                accepted.Add(reference);
            }

            line += 1 + record.Count(c => c == '\n');
        }

        return new ManualFixture(name, Encoding.UTF8.GetBytes(text.ToString()), accepted, rejected);
    }

    private static string Iso(DateTimeOffset t) => t.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;
}

/// <summary>A generated manual CSV: the refs a correct import stores, and the physical lines it must reject.</summary>
public sealed record ManualFixture(string Name, byte[] Bytes, IReadOnlyList<string> AcceptedRefs, IReadOnlyList<int> RejectedLines)
{
    public string WriteTo(string folder)
    {
        string path = Path.Combine(folder, Name);
        File.WriteAllBytes(path, Bytes);
        return path;
    }
}
