using System.Diagnostics;
using System.Globalization;

namespace BrandPulse.Data.Fetch;

/// <summary>
/// The collector's clock: real time, or, when <c>BRANDPULSE_NOW</c> holds an ISO 8601 time, a clock that starts at
/// that instant and advances in real time (so waits still take real time, and tests pin the stored fetch time).
/// </summary>
public sealed class FetchClock(DateTimeOffset start) : TimeProvider
{
    public const string EnvironmentVariable = "BRANDPULSE_NOW";

    private readonly long _startTimestamp = Stopwatch.GetTimestamp();

    public DateTimeOffset Start => start;

    public override DateTimeOffset GetUtcNow() => start + Stopwatch.GetElapsedTime(_startTimestamp);

    /// <summary>The clock the environment asks for; throws <see cref="FormatException"/> on an unreadable BRANDPULSE_NOW.</summary>
    public static FetchClock FromEnvironment()
    {
        string? text = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new FetchClock(DateTimeOffset.UtcNow);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out DateTimeOffset at)
            ? new FetchClock(at)
            : throw new FormatException($"{EnvironmentVariable}='{text}' is not an ISO 8601 time like 2024-05-02T09:00:00Z");
    }
}
