using System.Globalization;

namespace BrandPulse.Reliability.Tests.Infrastructure;

/// <summary>
/// How many times the fault loops run: a few in ./test.sh, the full count when <c>BRANDPULSE_FAULT_ITERATIONS</c> is
/// set (scripts/reliability.sh), and the seed of each run's random kill moments (<c>BRANDPULSE_FAULT_SEED</c>).
/// </summary>
internal static class FaultIterations
{
    public static int Count(int quick) =>
        int.TryParse(Environment.GetEnvironmentVariable("BRANDPULSE_FAULT_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0
            ? n
            : quick;

    /// <summary>True when the full loops run (scripts/reliability.sh).</summary>
    public static bool Full => Environment.GetEnvironmentVariable("BRANDPULSE_FAULT_ITERATIONS") is { Length: > 0 };

    public static Random Random(int salt) =>
        new((int.TryParse(Environment.GetEnvironmentVariable("BRANDPULSE_FAULT_SEED"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int s) ? s : 20240502) + salt);
}
