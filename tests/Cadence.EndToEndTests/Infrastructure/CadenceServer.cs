using System.Net;
using System.Net.Sockets;
using Cadence.Testing;

namespace Cadence.EndToEndTests.Infrastructure;

/// <summary>
/// The real Host listening on a loopback port, for a browser to reach: Development (so the mailbox page is served and
/// the Instagram sandbox is mounted under /sandbox), on its own fresh SQLite file. One per test collection.
/// </summary>
public sealed class CadenceServer : CadenceAppFactory
{
    private readonly int _port;

    public CadenceServer()
    {
        // The port is known before the Host starts, so its Instagram settings can point at its own sandbox.
        _port = FreeLoopbackPort();
        BaseAddress = new Uri($"http://127.0.0.1:{_port}/");
        UseKestrel(options => options.Listen(IPAddress.Loopback, _port));
        StartServer();
    }

    public Uri BaseAddress { get; }

    /// <summary>The Instagram sandbox inside this Host, e.g. <c>http://127.0.0.1:41234/sandbox</c>.</summary>
    public string SandboxBaseUrl => $"http://127.0.0.1:{_port}/sandbox";

    protected override string EnvironmentName => "Development";

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings => new Dictionary<string, string?>
    {
        ["Instagram:AuthBaseUrl"] = SandboxBaseUrl,
        ["Instagram:ApiBaseUrl"] = SandboxBaseUrl,
        ["Instagram:GraphBaseUrl"] = SandboxBaseUrl,
        ["Instagram:RedirectUri"] = $"http://127.0.0.1:{_port}/instagram/callback",
        ["InstagramSandbox:SnapshotPath"] = string.Empty,
    };

    private static int FreeLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }
}
