using Cadence.EndToEndTests.Infrastructure;
using Cadence.EndToEndTests.Pages;
using Cadence.Testing;
using SkiaSharp;

namespace Cadence.EndToEndTests.Accessibility;

/// <summary>The Composer's pages with real content in them: the media library, a carousel in the editor, its review and the client's page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ComposerAccessibilityTests(BrowserFixture browser, CadenceServer server)
{
    private const string DuplicateIds =
        "() => [...document.querySelectorAll('[id]')].map(e => e.id).filter((id, i, all) => all.indexOf(id) !== i)";

    [Fact]
    public async Task The_media_library_editor_review_and_client_approval_pages_have_no_serious_accessibility_violations()
    {
        const string clientName = "Accessible Roasters";
        var owner = await server.CreateAgencyAsync("Accessible Composer Agency");
        var clientId = await server.CreateClientAsync(owner.AgencyId, clientName);
        await server.AddLinkedAccountAsync(owner.AgencyId, clientId, "harbourcoffee");
        await using var context = await browser.NewSignedInContextAsync(server, owner);
        var page = await context.NewPageAsync();
        using var images = new TestImages();

        var library = new MediaLibraryPage(page);
        await library.OpenAsync(clientId);
        await library.UploadAsync(images.Jpeg("beans.jpg", 1080, 1080, SKColors.SaddleBrown), images.Jpeg("cups.jpg", 1080, 1080, SKColors.Teal));
        await Axe.AssertNoSeriousViolationsAsync(page);

        await new ApprovalSettingsPage(page).SetAsync(clientId, clientName, team: false, client: true);
        await new NewPostPage(page).CreateAsync(clientName, "harbourcoffee", "Carousel");
        var editor = new PostEditorPage(page);
        var postId = editor.PostId;
        await editor.AddFromLibraryAsync("beans.jpg", 1);
        await editor.AddFromLibraryAsync("cups.jpg", 2);
        await editor.AltText(1).FillAsync("A scoop of roasted beans");
        await editor.Caption.FillAsync("Fresh from the roaster #coffee");
        await editor.SaveNowAsync();
        await Expect(editor.ReadyToSubmit).ToBeVisibleAsync();
        await Expect(editor.NextSlide).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(page);
        Assert.Empty(await page.EvaluateAsync<string[]>(DuplicateIds));

        var review = new ReviewPage(page);
        await review.OpenAsync(postId);
        await review.SubmitAsync();
        var link = await review.CreateClientLinkAsync("Sam Client");
        await Axe.AssertNoSeriousViolationsAsync(page);

        await using var clientContext = await browser.NewContextAsync(server);
        var clientPage = await clientContext.NewPageAsync();
        var approval = new ClientApprovalPage(clientPage);
        await approval.OpenAsync(link, clientName);
        await Expect(ClientApprovalPage.Approve(approval.Post(1, 1, "Carousel"))).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(clientPage);
    }
}
