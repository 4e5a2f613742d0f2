using Cadence.BuildingBlocks.Infrastructure.Email;
using Cadence.EndToEndTests.Infrastructure;
using Cadence.EndToEndTests.Pages;
using Cadence.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.EndToEndTests.Layout;

[Collection(BrowserCollection.Name)]
public sealed class ShellTests(BrowserFixture browser, CadenceServer server)
{
    [Fact]
    public async Task The_host_answers_its_health_check_on_a_real_port()
    {
        await using var context = await browser.NewContextAsync(server);
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync("/health/ready");

        Assert.Equal(200, response!.Status);
        await Expect(page.Locator("body")).ToHaveTextAsync("Healthy");
    }

    [Fact]
    public async Task A_visitor_who_is_not_signed_in_is_redirected_to_sign_in_with_the_page_to_return_to()
    {
        await using var context = await browser.NewContextAsync(server);
        var page = await context.NewPageAsync();

        var response = await page.APIRequest.GetAsync(ClientPages.ListPath, new() { MaxRedirects = 0 });

        Assert.Equal(302, response.Status);
        Assert.Equal($"{server.BaseAddress}Identity/Account/SignIn?ReturnUrl=%2FAccounts%2FClients", response.Headers["location"]);
    }

    [Fact]
    public async Task A_visitor_who_signs_in_after_the_redirect_is_brought_back_to_the_page_they_asked_for()
    {
        var owner = await server.CreateAgencyAsync();
        await using var context = await browser.NewContextAsync(server);
        var page = await context.NewPageAsync();

        await page.GotoAsync(ClientPages.ListPath);
        await new IdentityPages(page).SignInAsync(owner.Email, TestData.Password);

        await Expect(page).ToHaveURLAsync($"{server.BaseAddress}Accounts/Clients");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Clients", Level = 1 })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_signed_in_member_sees_the_agency_navigation_and_user_menu()
    {
        var owner = await server.CreateAgencyAsync("Shell Agency");
        await using var context = await browser.NewSignedInContextAsync(server, owner);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Shell Agency", Level = 1 })).ToBeVisibleAsync();
        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await Expect(navigation.GetByRole(AriaRole.Link, new() { Name = "Dashboard" })).ToHaveAttributeAsync("aria-current", "page");
        await Expect(navigation.GetByRole(AriaRole.Link, new() { Name = "Clients" })).ToBeVisibleAsync();
        await Expect(navigation.GetByRole(AriaRole.Link, new() { Name = "Team" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Banner).Locator("summary").ClickAsync();
        await Expect(new IdentityPages(page).SignOutButton).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Account settings" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_development_mailbox_lists_sent_mail_and_opens_a_message_with_its_links()
    {
        await server.Services.GetRequiredService<MailboxFolder>().SendAsync(
            new("someone@example.test", "Hello from the tests", "<p><a href=\"/health/live\">Open the link</a></p>"), CancellationToken.None);
        await using var context = await browser.NewContextAsync(server);
        var page = await context.NewPageAsync();
        var mailbox = new MailboxPage(page);

        await mailbox.OpenAsync("someone@example.test", "Hello from the tests");
        await mailbox.Link("Open the link").ClickAsync();

        await Expect(page.Locator("body")).ToHaveTextAsync("Healthy");
    }
}
