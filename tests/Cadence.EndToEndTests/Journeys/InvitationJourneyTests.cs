using Cadence.EndToEndTests.Infrastructure;
using Cadence.EndToEndTests.Pages;

namespace Cadence.EndToEndTests.Journeys;

[Collection(BrowserCollection.Name)]
public sealed class InvitationJourneyTests(BrowserFixture browser, CadenceServer server)
{
    [Fact]
    public async Task An_owner_signs_up_adds_clients_and_invites_an_editor_who_sees_only_the_client_they_were_given()
    {
        var owner = new NewAgencyOwner("Harbour Social", "Olivia Owner", "olivia@harbour.test", "owner password 1");
        await using var ownerContext = await browser.NewContextAsync(server);
        var ownerPage = await ownerContext.NewPageAsync();
        var identity = new IdentityPages(ownerPage);

        await identity.SignUpAsync(owner);
        await identity.ConfirmEmailAsync(owner.Email);
        await identity.SignInAsync(owner.Email, owner.Password);
        await Expect(ownerPage.GetByRole(AriaRole.Heading, new() { Name = owner.AgencyName, Level = 1 })).ToBeVisibleAsync();

        var clients = new ClientPages(ownerPage);
        await clients.CreateAsync("Acme Coffee", "Europe/Paris");
        await clients.CreateAsync("Bean Bakery", "America/New_York");
        await new TeamPages(ownerPage).InviteAsync("eddie@harbour.test", "Editor", "Acme Coffee");

        var mailbox = new MailboxPage(ownerPage);
        await mailbox.OpenAsync("eddie@harbour.test", TeamPages.InvitationSubject(owner.AgencyName));
        var acceptAddress = await mailbox.Link("Accept invitation").GetAttributeAsync("href");
        Assert.NotNull(acceptAddress);

        await using var teammateContext = await browser.NewContextAsync(server);
        var teammatePage = await teammateContext.NewPageAsync();
        await teammatePage.GotoAsync(acceptAddress);
        await new TeamPages(teammatePage).AcceptAsNewPersonAsync(owner.AgencyName, "Eddie Editor", "editor password 1");

        await Expect(teammatePage).ToHaveURLAsync(new Uri(server.BaseAddress, "/").ToString());
        await Expect(new IdentityPages(teammatePage).SignOutButton).ToBeAttachedAsync();
        var teammateClients = new ClientPages(teammatePage);
        await teammateClients.OpenListAsync();
        await Expect(teammateClients.ClientLink("Acme Coffee")).ToBeVisibleAsync();
        await Expect(teammateClients.ClientLink("Bean Bakery")).ToHaveCountAsync(0);
    }
}
