namespace BrandPulse.Collector.Tests.Fetch;

/// <summary>
/// The real CLI fetching one platform from the fake API into a fresh database: the setup the process tests share (the
/// environment, the database, the API, the arguments) and the database one clean run leaves, to compare with.
/// </summary>
internal sealed class FetchProcess : IDisposable
{
    public FetchProcess(string platform)
    {
        Platform = platform;
        Api = new FakeApi(platform == "x" ? new XRoutes().Answer : new BlueskyRoutes().Answer);
    }

    public string Platform { get; }

    public FetchDb Db { get; } = new();

    public FakeApi Api { get; }

    /// <summary>The environment of a fetch: token, clock, pseudonym key and, when given, an injected fault.</summary>
    public static Dictionary<string, string?> Environment(string? fault = null) => new()
    {
        ["BRANDPULSE_X_BEARER_TOKEN"] = XRoutes.Token,
        ["BRANDPULSE_NOW"] = "2024-05-02T12:00:00Z",
        ["BRANDPULSE_PSEUDONYM_KEY"] = "process-test-key",
        ["BRANDPULSE_FAULT"] = fault,
    };

    /// <summary>Runs <c>fetch PLATFORM</c> into <see cref="Db"/>.</summary>
    public Task<ProcessResult> RunAsync(string? fault = null) => RunAsync(Db, fault);

    /// <summary>One clean run into a fresh database: its process result and canonical dump.</summary>
    public async Task<(ProcessResult Result, string Dump)> CleanRunAsync()
    {
        using var clean = new FetchDb();
        ProcessResult r = await RunAsync(clean, fault: null);
        return (r, clean.CanonicalDump());
    }

    public void Dispose()
    {
        Api.Dispose();
        Db.Dispose();
    }

    private Task<ProcessResult> RunAsync(FetchDb db, string? fault) =>
        CollectorProcess.RunAsync(Environment(fault), ["fetch", Platform, "--db", db.Path, "--base-url", Api.BaseUrl.ToString()]);
}
