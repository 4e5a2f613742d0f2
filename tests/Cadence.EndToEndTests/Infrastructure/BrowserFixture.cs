using Cadence.BuildingBlocks.Infrastructure.Tenancy;
using Cadence.Testing;

namespace Cadence.EndToEndTests.Infrastructure;

/// <summary>One headless Debian Chromium for a whole test collection; each test opens its own context (cookies, storage).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("CADENCE_CHROMIUM") ?? "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException(
                $"Browser tests run Debian's Chromium at {chromium}: install it with 'apt-get install -y chromium' (or set CADENCE_CHROMIUM).");
        }

        // Generous enough for a first Razor compilation on a busy machine, short enough to fail fast.
        SetDefaultExpectTimeout(15_000);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Headless = true,
            // Without the networking flags Chromium keeps calling home, which a closed network turns into long stalls.
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
    }

    /// <summary>A fresh, signed-out browser context whose relative URLs go to <paramref name="server"/>.</summary>
    public Task<IBrowserContext> NewContextAsync(CadenceServer server) => NewContextAsync(server, new());

    /// <summary>
    /// A context already signed in as <paramref name="member"/> through the test sign-in header, for tests about pages
    /// that come after sign-in (the sign-in journeys go through the real pages).
    /// </summary>
    public async Task<IBrowserContext> NewSignedInContextAsync(CadenceServer server, TestMember member)
    {
        var context = await NewContextAsync(server, new()
        {
            ExtraHTTPHeaders = new Dictionary<string, string> { [TestAuthentication.UserHeader] = member.UserId.ToString() },
        });
        await context.AddCookiesAsync(
        [
            new Cookie { Name = AgencySelection.CookieName, Value = member.AgencyId.ToString(), Url = server.BaseAddress.ToString() },
        ]);
        return context;
    }

    private async Task<IBrowserContext> NewContextAsync(CadenceServer server, BrowserNewContextOptions options)
    {
        options.BaseURL = server.BaseAddress.ToString();
        var context = await Browser.NewContextAsync(options);
        context.SetDefaultTimeout(15_000);
        return context;
    }
}
