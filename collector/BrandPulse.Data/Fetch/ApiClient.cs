using System.Net;
using System.Text.Json;
using BrandPulse.Data.Import;

namespace BrandPulse.Data.Fetch;

/// <summary>
/// GETs JSON from a platform API with the collector's failure rules: 429 waits for the reset when it is within
/// <see cref="FetchOptions.MaxWait"/>, else stops (exit 75); 5xx and timeouts are retried with exponential backoff and
/// jitter, then stop (exit 75); 401/403 and other 4xx stop at once (exit 1); a body that is not JSON stops (exit 1).
/// Messages name the URL path only: never the query's cursor, never a token.
/// </summary>
public sealed class ApiClient(HttpClient http, FetchOptions options, string resetHeader, string? bearerToken = null)
{
    public int Requests { get; private set; }

    public async Task<JsonDocument> GetJsonAsync(string pathAndQuery, CancellationToken ct)
    {
        string path = pathAndQuery.Split('?')[0];
        TimeSpan backoff = options.RetryDelay;
        for (int attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(options.BaseUrl, pathAndQuery));
            if (bearerToken is not null)
            {
                request.Headers.Authorization = new("Bearer", bearerToken);
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(options.Timeout);
            Requests++;
            string failure;
            try
            {
                using HttpResponseMessage response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token);
                int status = (int)response.StatusCode;
                if (response.IsSuccessStatusCode)
                {
                    byte[] body = await response.Content.ReadAsByteArrayAsync(timeout.Token);
                    return Parse(body, path);
                }

                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    DateTimeOffset now = options.Clock.GetUtcNow();
                    TimeSpan wait = RateLimitWait.From(response.Headers, resetHeader, now) ?? backoff;
                    if (wait > options.MaxWait)
                    {
                        throw new FetchStoppedException(ExitCodes.TryLater,
                            $"rate-limited by {path} until {(now + wait).UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}; progress saved, run again after that");
                    }

                    await Task.Delay(wait + TimeSpan.FromMilliseconds(50), ct);
                    attempt--; // a rate-limit wait is not a failed attempt
                    continue;
                }

                if (status < 500)
                {
                    throw new FetchStoppedException(ExitCodes.Failed, status is 401 or 403
                        ? $"{path} refused the credentials (HTTP {status}); progress before it is saved"
                        : $"{path} answered HTTP {status}; progress before it is saved");
                }

                failure = $"HTTP {status}";
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                failure = $"no answer within {options.Timeout.TotalSeconds:0.###} s";
            }
            catch (HttpRequestException e)
            {
                failure = $"connection failed ({e.HttpRequestError})";
            }

            if (attempt >= options.MaxRetries)
            {
                throw new FetchStoppedException(ExitCodes.TryLater,
                    $"{path} is failing ({failure}, {attempt + 1} attempts); progress saved, run again later");
            }

            await Task.Delay(backoff * (1 + Random.Shared.NextDouble() / 4), ct);
            backoff *= 2;
        }
    }

    private static JsonDocument Parse(byte[] body, string path)
    {
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            throw new FetchStoppedException(ExitCodes.Failed,
                $"malformed JSON from {path} (line {e.LineNumber + 1}, byte {e.BytePositionInLine}); progress before it is saved");
        }
    }
}
