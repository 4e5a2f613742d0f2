using Cadence.BuildingBlocks.Infrastructure.Email;
using Cadence.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Host.Tests.Web;

public sealed class PublicBaseUrlTests(PublicBaseUrlTests.PublicAddressFactory app) : IClassFixture<PublicBaseUrlTests.PublicAddressFactory>
{
    [Fact]
    public async Task Emailed_links_use_the_configured_public_address_whatever_Host_header_arrives()
    {
        // The public address is https, so the browser must be too, or it would not send back the secure cookies.
        var browser = app.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        browser.DefaultRequestHeaders.Host = "attacker.example";

        using var response = await browser.PostFormAsync("/Identity/Account/ForgotPassword", [new("Email", (await app.CreateAgencyAsync()).Email)]);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        var mail = Assert.Single(app.Services.GetRequiredService<MailboxFolder>().List());

        Assert.Contains("href=\"https://cadence.example.test/Identity/Account/ResetPassword", System.Net.WebUtility.HtmlDecode(mail.HtmlBody), StringComparison.Ordinal);
        Assert.DoesNotContain("attacker.example", mail.HtmlBody, StringComparison.Ordinal);
    }

    public sealed class PublicAddressFactory : CadenceAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("App:PublicBaseUrl", "https://cadence.example.test");
        }
    }
}
