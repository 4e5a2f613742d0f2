namespace Cadence.EndToEndTests.Pages;

/// <summary>The team page with its invitation form, and the page an invited person lands on from the email.</summary>
public sealed class TeamPages(IPage page)
{
    public const string Path = "/Accounts/Team";

    public static string InvitationSubject(string agencyName) => $"You're invited to join {agencyName} on Cadence";

    // The page also has a "Role" select per member: the invitation form is the one with the "Send invitation" button.
    private ILocator InviteForm => page.Locator("form").Filter(new() { Has = page.GetByRole(AriaRole.Button, new() { Name = "Send invitation", Exact = true }) });

    public async Task OpenAsync()
    {
        await page.GotoAsync(Path);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Team", Exact = true, Level = 1 })).ToBeVisibleAsync();
    }

    /// <summary>Invites <paramref name="email"/> as <paramref name="role"/>, restricted to <paramref name="onlyClients"/> when any are given.</summary>
    public async Task InviteAsync(string email, string role, params string[] onlyClients)
    {
        await OpenAsync();
        await InviteForm.GetByLabel("Email", new() { Exact = true }).FillAsync(email);
        await InviteForm.GetByLabel("Role", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = role });
        if (onlyClients.Length > 0)
        {
            await InviteForm.GetByLabel("Only some clients", new() { Exact = true }).CheckAsync();
            foreach (var client in onlyClients)
            {
                await InviteForm.GetByLabel(client, new() { Exact = true }).CheckAsync();
            }
        }

        await InviteForm.GetByRole(AriaRole.Button, new() { Name = "Send invitation", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Invitation sent");
    }

    /// <summary>On the accept page, as someone without an account: creates it and joins.</summary>
    public async Task AcceptAsNewPersonAsync(string agencyName, string name, string password)
    {
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Join {agencyName}", Exact = true })).ToBeVisibleAsync();
        await page.GetByLabel("Your name", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByLabel("Confirm password", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept and create account", Exact = true }).ClickAsync();
    }
}
