using System.Collections.Concurrent;
using System.Collections.Specialized;
using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Text;

namespace BrandPulse.Collector.Tests.Fetch;

/// <summary>A request the fake API received.</summary>
internal sealed record FakeRequest(int Number, string Path, NameValueCollection Query, string? Authorization, DateTimeOffset At);

/// <summary>What the fake API answers: a status, a body, headers, and an optional delay before answering.</summary>
internal sealed record FakeResponse(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null, TimeSpan Delay = default)
{
    public static FakeResponse Json(string body) => new(200, body);

    public static FakeResponse Fixture(string name) => new(200, File.ReadAllText(FixturePath(name)));

    public static string FixturePath(string name, [CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "Fixtures", name);
}

/// <summary>A platform API on 127.0.0.1 (HttpListener) that answers with a handler and logs every request.</summary>
internal sealed class FakeApi : IDisposable
{
    private readonly HttpListener _listener = new();
    private int _count;

    public FakeApi(Func<FakeRequest, FakeResponse> handler)
    {
        Handler = handler;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseUrl = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(BaseUrl.ToString());
        _listener.Start();
        _ = Task.Run(LoopAsync);
    }

    public Uri BaseUrl { get; }

    public Func<FakeRequest, FakeResponse> Handler { get; set; }

    public ConcurrentQueue<FakeRequest> Log { get; } = new();

    public IReadOnlyList<FakeRequest> Requests => [.. Log];

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var request = new FakeRequest(Interlocked.Increment(ref _count), context.Request.Url!.AbsolutePath, context.Request.QueryString,
            context.Request.Headers["Authorization"], DateTimeOffset.UtcNow);
        Log.Enqueue(request);
        try
        {
            FakeResponse response = Handler(request);
            if (response.Delay > TimeSpan.Zero)
            {
                await Task.Delay(response.Delay);
            }

            context.Response.StatusCode = response.Status;
            context.Response.ContentType = "application/json; charset=utf-8";
            foreach ((string name, string value) in response.Headers ?? new Dictionary<string, string>())
            {
                context.Response.Headers[name] = value;
            }

            byte[] body = Encoding.UTF8.GetBytes(response.Body);
            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The client gave up (a timeout test): nothing to answer.
        }
    }

    public void Dispose()
    {
        try
        {
            _listener.Close();
        }
        catch (HttpListenerException)
        {
            // Closing can race with another listener taking a port; nothing is left to release.
        }
    }
}
