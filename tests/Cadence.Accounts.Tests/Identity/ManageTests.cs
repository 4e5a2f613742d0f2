using System.Net;
using Cadence.Testing;

namespace Cadence.Accounts.Tests.Identity;

public sealed class ManageTests(CadenceAppFactory app) : IClassFixture<CadenceAppFactory>
{
    [Theory]
    [InlineData("/Identity/Account/Manage")]
    [InlineData("/Identity/Account/Manage/ChangePassword")]
    [InlineData("/Identity/Account/Manage/TwoFactor")]
    public async Task Account_settings_send_anonymous_visitors_to_sign_in(string url)
    {
        using var response = await app.CreateAnonymousClient().GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Identity/Account/SignIn", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_display_name_shows_in_the_user_menu_straight_away()
    {
        var owner = await app.CreateAgencyAsync();
        var client = await app.SignedInClientAsync(owner);

        var settings = await client.GetDocumentAsync("/Identity/Account/Manage");
        using var saved = await client.PostFormAsync("/Identity/Account/Manage", [new("Input.DisplayName", "Grace Hopper")]);

        Assert.Equal("Account settings", settings.QuerySelector("h1")!.TextContent);
        Assert.Equal(owner.Email, settings.QuerySelector("#email")!.GetAttribute("value"));
        Assert.Equal(["Change password", "Two-factor authentication"],
            settings.QuerySelectorAll("main a").Select(a => a.TextContent).Where(t => t is "Change password" or "Two-factor authentication"));
        Assert.Equal("/Identity/Account/Manage", saved.Headers.Location?.OriginalString);
        var dashboard = await client.GetDocumentAsync("/");
        Assert.Equal("Grace Hopper", dashboard.QuerySelector(".user-menu summary")!.TextContent.Trim());
    }

    [Fact]
    public async Task An_empty_display_name_is_refused_next_to_the_field()
    {
        var owner = await app.CreateAgencyAsync();
        var client = await app.SignedInClientAsync(owner);

        using var refused = await client.PostFormAsync("/Identity/Account/Manage", [new("Input.DisplayName", "")]);

        Assert.Equal("Enter your name.", (await IdentityTestKit.PageAsync(refused)).FieldError("Input.DisplayName"));
    }
}
