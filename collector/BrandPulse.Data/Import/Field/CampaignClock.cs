using BrandPulse.Data.Import.Calls;
using BrandPulse.Data.Model;

namespace BrandPulse.Data.Import.Field;

/// <summary>
/// A campaign's dates as instants in its time zone: complaints are made from the start of <see cref="Campaign.Starts"/>
/// to the end of <see cref="Campaign.Ends"/>; written complaints are observed until the end of the
/// <see cref="CampaignProtocol.WrittenObservationDays"/>th day after it.
/// </summary>
internal sealed class CampaignClock
{
    private readonly TimeZoneInfo _zone;

    public CampaignClock(Campaign campaign)
    {
        ZonedTime.TryFind(campaign.TimeZone, out _zone, out _);
        StartMs = Midnight(campaign.Starts);
        EndMs = Midnight(campaign.Ends.AddDays(1));
        ObservationEndMs = Midnight(campaign.Ends.AddDays(1 + campaign.Protocol.WrittenObservationDays));
    }

    /// <summary>The first instant of the campaign.</summary>
    public long StartMs { get; }

    /// <summary>The instant after its last day.</summary>
    public long EndMs { get; }

    /// <summary>The instant after the last day written complaints are observed.</summary>
    public long ObservationEndMs { get; }

    public bool During(long ms) => ms >= StartMs && ms < EndMs;

    /// <summary>The local date of an instant, for messages.</summary>
    public string LocalDate(long ms) =>
        TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeMilliseconds(ms), _zone).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private long Midnight(DateOnly date) =>
        new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), _zone.GetUtcOffset(date.ToDateTime(TimeOnly.MinValue))).ToUnixTimeMilliseconds();
}
