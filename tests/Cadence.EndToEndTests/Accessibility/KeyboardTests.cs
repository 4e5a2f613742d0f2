using Cadence.EndToEndTests.Infrastructure;
using Cadence.Testing;

namespace Cadence.EndToEndTests.Accessibility;

[Collection(BrowserCollection.Name)]
public sealed class KeyboardTests(BrowserFixture browser, CadenceServer server)
{
    private const string FocusedOutline = "() => getComputedStyle(document.activeElement).outlineStyle";

    [Fact]
    public async Task Every_tab_stop_of_the_dashboard_shows_a_visible_outline()
    {
        var owner = await server.CreateAgencyAsync();
        await using var context = await browser.NewSignedInContextAsync(server, owner);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        var visited = new List<string>();
        while (visited.Count < 40)
        {
            await page.Keyboard.PressAsync("Tab");
            var element = await page.EvaluateAsync<string>("() => document.activeElement.outerHTML.slice(0, 100)");
            if (element.StartsWith("<body", StringComparison.Ordinal) || (visited.Count > 0 && element == visited[0]))
            {
                break;
            }

            Assert.True(await page.EvaluateAsync<string>(FocusedOutline) != "none", $"Tab stop {visited.Count + 1} shows no outline: {element}");
            visited.Add(element);
        }

        Assert.True(visited.Count >= 5, $"Expected the skip link, brand, user menu and navigation links to be tab stops; reached {visited.Count}.");
    }

    [Fact]
    public async Task The_first_tab_stop_is_a_visible_skip_link_that_moves_focus_past_the_navigation()
    {
        var owner = await server.CreateAgencyAsync();
        await using var context = await browser.NewSignedInContextAsync(server, owner);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");
        var skipLink = page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" });
        await Expect(skipLink).ToBeFocusedAsync();
        await Expect(skipLink).ToBeInViewportAsync();
        Assert.NotEqual("none", await page.EvaluateAsync<string>(FocusedOutline));

        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Main)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        Assert.True(
            await page.EvaluateAsync<bool>("() => document.querySelector('main').contains(document.activeElement)"),
            "After the skip link, the next tab stop should be inside the main content, not the navigation.");
    }
}
