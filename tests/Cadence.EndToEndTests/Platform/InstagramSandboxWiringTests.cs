using Cadence.EndToEndTests.Infrastructure;
using Cadence.Instagram;
using Cadence.InstagramSandbox;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cadence.EndToEndTests.Platform;

[Collection(BrowserCollection.Name)]
public sealed class InstagramSandboxWiringTests(CadenceServer server)
{
    [Fact]
    public async Task Host_sends_people_to_its_own_sandbox_on_its_real_port_which_accepts_its_callback()
    {
        var url = server.Services.GetRequiredService<IInstagramOAuth>().BuildAuthorizeUrl(new AuthorizeRequest("wiring"));

        Assert.StartsWith(new Uri(server.BaseAddress, "sandbox/oauth/authorize?").ToString(), url.ToString(), StringComparison.Ordinal);
        Assert.Equal(new Uri(server.BaseAddress, "instagram/callback").ToString(), QueryHelpers.ParseQuery(url.Query)["redirect_uri"]);
        using var client = new HttpClient();
        using var consent = await client.GetAsync(url);
        var html = await consent.Content.ReadAsStringAsync();
        Assert.True(consent.IsSuccessStatusCode, html);
        Assert.Contains("mayapersonal (personal, 120 followers)", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Sandbox_keeps_no_snapshot_between_test_runs()
    {
        Assert.True(string.IsNullOrEmpty(server.Services.GetRequiredService<IOptions<SandboxOptions>>().Value.SnapshotPath));
    }
}
