using Cadence.EndToEndTests.Infrastructure;
using Cadence.Testing;

namespace Cadence.EndToEndTests.Accessibility;

/// <summary>The Scheduler's other pages as a new agency first sees them: queue with a slot, grid, alerts, status, ready to schedule.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SchedulerAccessibilityTests(BrowserFixture browser, CadenceServer server)
{
    [Fact]
    public async Task The_queue_grid_alerts_status_and_ready_pages_have_no_serious_accessibility_violations()
    {
        var owner = await server.CreateAgencyAsync("Accessible Scheduler Agency");
        var clientId = await server.CreateClientAsync(owner.AgencyId, "Accessible Bakery");
        var accountId = await server.AddLinkedAccountAsync(owner.AgencyId, clientId, "accessiblebakery");
        await using var context = await browser.NewSignedInContextAsync(server, owner);
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/scheduler/queue?accountId={accountId}");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Monday" }).CheckAsync();
        await page.GetByLabel("Time", new() { Exact = true }).FillAsync("09:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add slot" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Remove Monday 09:00" })).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(page);

        foreach (var (path, heading) in new[]
        {
            ($"/scheduler/grid?accountId={accountId}", "Grid preview"),
            ("/scheduler/alerts", "Alerts"),
            ("/scheduler/status", "Publishing status"),
            ("/scheduler/ready", "Ready to schedule"),
        })
        {
            await page.GotoAsync(path);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(heading);
            await Axe.AssertNoSeriousViolationsAsync(page);
        }
    }
}
