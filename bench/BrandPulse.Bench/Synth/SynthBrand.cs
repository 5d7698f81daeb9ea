namespace BrandPulse.Bench.Synth;

/// <summary>
/// One made-up brand: its Zipf weight (how many complaints it gets), the channels it answers on and how fast it is
/// (a factor on every channel's typical wait).
/// </summary>
internal sealed record SynthBrand(int Index, string Name, string Slug, string Handle, string Industry, double Weight,
    bool Phone, bool Email, double Slowness)
{
    private static readonly string[] s_prefixes =
    [
        "North", "Blue", "Silver", "Green", "Red", "Golden", "Bright", "Swift", "Prime", "Royal", "Metro", "Urban",
        "Coastal", "Summit", "Pioneer", "Atlas", "Nova", "Apex", "Crown", "Harbor", "Maple", "Cedar", "River", "Stone",
        "Iron", "Sky", "Star", "Sun", "Polar", "Eagle", "Falcon", "Lion", "Oak", "Pine", "Rapid", "True", "Clear",
        "Direct", "Union", "Liberty",
    ];

    private static readonly string[] s_nouns =
    [
        "Telecom", "Bank", "Airways", "Energy", "Mobile", "Rail", "Insurance", "Retail", "Foods", "Broadband",
        "Motors", "Pharmacy", "Water", "Gas", "Post", "Travel", "Hotels", "Fashion", "Electronics", "Games",
        "Streaming", "Cable", "Logistics", "Health", "Credit", "Holidays", "Home", "Market", "Express", "Network",
    ];

    private static readonly string[] s_industries =
    [
        "Telecoms", "Banking", "Travel & transport", "Utilities", "Retail", "Media & streaming", "Insurance", "Technology",
    ];

    public static IReadOnlyList<SynthBrand> Make(int count, Random rng)
    {
        var brands = new List<SynthBrand>(count);
        int combos = s_prefixes.Length * s_nouns.Length;
        for (int i = 0; i < count; i++)
        {
            string prefix = s_prefixes[i % s_prefixes.Length];
            string noun = s_nouns[(i / s_prefixes.Length) % s_nouns.Length];
            int round = i / combos;
            string name = round == 0 ? $"{prefix} {noun}" : $"{prefix} {noun} {round + 1}";
            string slug = name.ToLowerInvariant().Replace(' ', '-');
            string handle = $"{prefix}{noun[..Math.Min(noun.Length, 6)]}{(round == 0 ? "" : round + 1)}";
            double u = rng.NextDouble();
            brands.Add(new SynthBrand(i, name, slug, handle, s_industries[i % s_industries.Length],
                1.0 / (i + 1), u < 0.8, u < 0.6, Math.Exp(0.6 * Gaussian(rng))));
        }

        return brands;
    }

    public static double Gaussian(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
