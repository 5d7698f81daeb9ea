namespace BrandPulse.Statistics;

/// <summary>
/// One row of the holiday calendar: a non-working day in <paramref name="Region"/> ("ES" = every region;
/// otherwise an ISO 3166-2 code such as ES-MD) with its name and the official text that declares it.
/// </summary>
public sealed record Holiday(DateOnly Date, string Region, string Name, string Source);
