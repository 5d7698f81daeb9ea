namespace BrandPulse.Data.Fetch;

/// <summary>
/// A collection stopped early with progress saved: <see cref="ExitCode"/> is 75 (rate-limited or the API is failing:
/// run again later) or 1 (an answer that can't be used). The message names the URL path, never a token.
/// </summary>
public sealed class FetchStoppedException(int exitCode, string message) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
