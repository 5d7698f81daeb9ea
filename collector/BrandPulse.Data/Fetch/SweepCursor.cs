using System.Text.Json;
using System.Text.Json.Serialization;

namespace BrandPulse.Data.Fetch;

/// <summary>
/// Where a walk through an account's mentions stands. APIs page from the newest mention backwards, so the position
/// has three parts: <see cref="Since"/>, the newest mention of the last finished sweep (only newer ones are asked for);
/// <see cref="PendingNewest"/>, the newest mention of the sweep under way (becomes <see cref="Since"/> when it ends);
/// <see cref="Next"/>, the API's token for the next older page. Saved with each page's complaints, so a killed run
/// resumes at the page after the last one stored: no gap, no duplicate.
/// </summary>
public sealed record SweepCursor(
    [property: JsonPropertyName("since")] string? Since,
    [property: JsonPropertyName("pending_newest")] string? PendingNewest,
    [property: JsonPropertyName("next")] string? Next)
{
    public static SweepCursor Empty { get; } = new(null, null, null);

    /// <summary>The position after a page whose newest mention is <paramref name="pageNewest"/>; <paramref name="next"/> null: the sweep ended.</summary>
    public SweepCursor After(string? pageNewest, string? next)
    {
        string? newest = PendingNewest ?? pageNewest ?? Since;
        return next is null ? new SweepCursor(newest ?? Since, null, null) : new SweepCursor(Since, newest, next);
    }

    public string ToJson() => JsonSerializer.Serialize(this);

    public static SweepCursor FromJson(string? json) =>
        string.IsNullOrEmpty(json) ? Empty : JsonSerializer.Deserialize<SweepCursor>(json) ?? Empty;
}
