namespace Cadence.Testing;

/// <summary>
/// The test Host talking to its own Instagram sandbox on a loopback port; both run on <see cref="CadenceAppFactory.Clock"/>.
/// The sandbox starts in the constructor, before the Host (built on first use) reads its <c>Instagram:*</c> settings.
/// </summary>
public class SandboxedCadenceAppFactory : CadenceAppFactory
{
    /// <summary>The Host's OAuth callback on the TestServer's base address; the sandbox's only registered redirect URI.</summary>
    public const string RedirectUri = "http://localhost/instagram/callback";

    public SandboxedCadenceAppFactory()
    {
        Sandbox = InstagramSandboxServer.StartAsync(Clock, RedirectUri).GetAwaiter().GetResult();
    }

    public InstagramSandboxServer Sandbox { get; }

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings => Sandbox.HostSettings(RedirectUri);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Sandbox.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
