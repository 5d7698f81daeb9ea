using System.Text.Json.Serialization;

namespace BrandPulse.Data.Model;

/// <summary>
/// How a campaign's volunteers work: callers wait at least <see cref="MinWaitSeconds"/> (a call given up earlier breaks
/// the protocol and is left out) and at most <see cref="MaxWaitSeconds"/>; <see cref="AttemptsPerContact"/> attempts per
/// contact point inside the <see cref="CallWindows"/> ("HH:mm-HH:mm", local time); written complaints are observed for
/// <see cref="WrittenObservationDays"/> days after the campaign's end.
/// </summary>
public sealed record CampaignProtocol(
    [property: JsonPropertyName("min_wait_seconds")] int MinWaitSeconds,
    [property: JsonPropertyName("max_wait_seconds")] int MaxWaitSeconds,
    [property: JsonPropertyName("attempts_per_contact")] int AttemptsPerContact,
    [property: JsonPropertyName("call_windows")] IReadOnlyList<string> CallWindows,
    [property: JsonPropertyName("written_observation_days")] int WrittenObservationDays);
