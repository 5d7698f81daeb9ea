using System.Globalization;
using System.Net.Http.Headers;

namespace BrandPulse.Data.Fetch;

/// <summary>
/// How long a 429 answer asks to wait: the platform's reset header (Unix seconds: X <c>x-rate-limit-reset</c>, Bluesky
/// <c>ratelimit-reset</c>), else <c>Retry-After</c> (seconds or an HTTP date), else null (use the default backoff).
/// A reset in the past means "now".
/// </summary>
public static class RateLimitWait
{
    public static TimeSpan? From(HttpResponseHeaders headers, string resetHeader, DateTimeOffset now)
    {
        if (headers.TryGetValues(resetHeader, out IEnumerable<string>? values)
            && long.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out long resetSeconds)
            && resetSeconds is > 0 and < 253_402_300_800)
        {
            return NotNegative(DateTimeOffset.FromUnixTimeSeconds(resetSeconds) - now);
        }

        RetryConditionHeaderValue? retryAfter = headers.RetryAfter;
        if (retryAfter?.Delta is TimeSpan delta)
        {
            return NotNegative(delta);
        }

        return retryAfter?.Date is DateTimeOffset date ? NotNegative(date - now) : null;
    }

    private static TimeSpan NotNegative(TimeSpan t) => t < TimeSpan.Zero ? TimeSpan.Zero : t;
}
