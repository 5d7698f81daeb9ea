using System.Data.Common;
using BrandPulse.Data.Fetch.Bluesky;
using BrandPulse.Data.Fetch.X;
using BrandPulse.Data.Registry;

namespace BrandPulse.Data.Fetch;

/// <summary>Entry points of the live collectors: one HTTP client per run, the platform's API, the shared walk.</summary>
public static class LiveCollection
{
    public static Task<FetchSummary> XAsync(DbConnection connection, Pseudonymizer pseudonymizer, FetchOptions options, string bearerToken, CancellationToken ct) =>
        RunAsync(connection, pseudonymizer, options, http => new XApi(new ApiClient(http, options, XApi.ResetHeader, bearerToken)), ct);

    public static Task<FetchSummary> BlueskyAsync(DbConnection connection, Pseudonymizer pseudonymizer, FetchOptions options, CancellationToken ct) =>
        RunAsync(connection, pseudonymizer, options, http => new BlueskyApi(new ApiClient(http, options, BlueskyApi.ResetHeader)), ct);

    private static async Task<FetchSummary> RunAsync(DbConnection connection, Pseudonymizer pseudonymizer, FetchOptions options,
        Func<HttpClient, IMentionApi> api, CancellationToken ct)
    {
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("BrandPulse-collector/1.0");
        return await new MentionCollector(connection, api(http), pseudonymizer, options).RunAsync(ct);
    }
}
