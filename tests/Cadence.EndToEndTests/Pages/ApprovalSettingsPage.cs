namespace Cadence.EndToEndTests.Pages;

/// <summary>A client's approval settings: whose approval its posts need.</summary>
public sealed class ApprovalSettingsPage(IPage page)
{
    public static string Path(Guid clientId) => $"/composer/clients/{clientId}/approvals";

    public ILocator RequireTeamApproval => page.GetByRole(AriaRole.Switch, new() { Name = "Require team approval", Exact = true });

    public ILocator RequireClientApproval => page.GetByRole(AriaRole.Switch, new() { Name = "Require client approval", Exact = true });

    /// <summary>Sets both switches and saves, waiting for the confirmation.</summary>
    public async Task SetAsync(Guid clientId, string clientName, bool team, bool client)
    {
        await page.GotoAsync(Path(clientId));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Approvals for {clientName}", Exact = true, Level = 1 })).ToBeVisibleAsync();
        await RequireTeamApproval.SetCheckedAsync(team);
        await RequireClientApproval.SetCheckedAsync(client);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save approval settings", Exact = true }).ClickAsync();
        await Expect(page.Locator("#toasts")).ToContainTextAsync("Approval settings saved");
        await Expect(RequireClientApproval).ToBeCheckedAsync(new() { Checked = client });
        await Expect(RequireTeamApproval).ToBeCheckedAsync(new() { Checked = team });
    }
}
