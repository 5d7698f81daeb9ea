using System.Net;
using System.Net.Sockets;
using System.Text;

namespace BrandPulse.Reliability.Tests.Infrastructure;

/// <summary>
/// A hostile platform API on 127.0.0.1: every answer has the given status and echoes the request's Authorization header
/// and URL in its body and headers (RELIABILITY.md <c>echo_auth</c>), to prove the token never reaches a log.
/// </summary>
internal sealed class EchoApi : IDisposable
{
    private readonly HttpListener _listener = new();

    public EchoApi(int status)
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseUrl = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(BaseUrl);
        _listener.Start();
        _ = Task.Run(async () =>
        {
            while (_listener.IsListening)
            {
                try
                {
                    HttpListenerContext c = await _listener.GetContextAsync();
                    string auth = c.Request.Headers["Authorization"] ?? "";
                    c.Response.StatusCode = status;
                    c.Response.Headers["X-Echo"] = auth;
                    c.Response.ContentType = "application/json";
                    byte[] body = Encoding.UTF8.GetBytes($"{{\"title\":\"echo\",\"detail\":\"you sent {auth} for {c.Request.Url}\",\"status\":{status}}}");
                    await c.Response.OutputStream.WriteAsync(body);
                    c.Response.Close();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException or IOException)
                {
                    return;
                }
            }
        });
    }

    public string BaseUrl { get; }

    public void Dispose()
    {
        try
        {
            _listener.Close();
        }
        catch (HttpListenerException)
        {
        }
    }
}
