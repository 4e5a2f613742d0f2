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
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CADENCE_CHROMIUM") ?? "/usr/bin/chromium",
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
    public Task<IBrowserContext> NewContextAsync(CadenceServer server) =>
        Browser.NewContextAsync(new() { BaseURL = server.BaseAddress.ToString() });

    /// <summary>
    /// A context already signed in as <paramref name="member"/> through the test sign-in header, for tests about pages
    /// that come after sign-in (the sign-in journey itself goes through the real pages).
    /// </summary>
    public async Task<IBrowserContext> NewSignedInContextAsync(CadenceServer server, TestMember member)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = server.BaseAddress.ToString(),
            ExtraHTTPHeaders = new Dictionary<string, string> { [TestAuthentication.UserHeader] = member.UserId.ToString() },
        });
        await context.AddCookiesAsync(
        [
            new Cookie { Name = AgencySelection.CookieName, Value = member.AgencyId.ToString(), Url = server.BaseAddress.ToString() },
        ]);
        return context;
    }
}
