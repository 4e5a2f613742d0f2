using System.Text.RegularExpressions;

namespace Cadence.EndToEndTests.Pages;

/// <summary>The post editor: slides from the media library with alt text and tags, the caption, the live preview and problems.</summary>
public sealed partial class PostEditorPage(IPage page)
{
    public static string Path(Guid postId) => $"/composer/posts/{postId}";

    /// <summary>The post's id, read from the editor's address.</summary>
    public Guid PostId => Guid.Parse(new Uri(page.Url).Segments[^1].TrimEnd('/'));

    public ILocator Status => page.Locator("#post-status");

    public ILocator SaveStatus => page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved at" });

    public ILocator SaveNowButton => page.GetByRole(AriaRole.Button, new() { Name = "Save now", Exact = true });

    public ILocator SubmitForReviewLink => page.GetByRole(AriaRole.Link, new() { Name = "Submit for review", Exact = true });

    public ILocator Library => page.Locator("details.library");

    public ILocator LibraryToggle => Library.Locator("summary", new() { HasText = "Add from the media library" });

    public ILocator AddButton(string fileName) => page.GetByRole(AriaRole.Button, new() { Name = $"Add {fileName}", Exact = true });

    public ILocator SlideImage(int slide, string fileName) =>
        page.GetByRole(AriaRole.Img, new() { Name = $"Slide {slide}: {fileName}. Click to place a tag.", Exact = true });

    public ILocator AltText(int slide) => page.GetByLabel($"Alt text for slide {slide}", new() { Exact = true });

    public ILocator TagsOn(int slide) => page.GetByRole(AriaRole.Group, new() { Name = $"People tagged on slide {slide}", Exact = true });

    public ILocator NewTagUsername(int slide) => page.GetByLabel($"Username to tag on slide {slide}", new() { Exact = true });

    public ILocator NewTagX(int slide) => TagsOn(slide).GetByRole(AriaRole.Group, new() { Name = $"New tag on slide {slide}" }).GetByLabel("x (0–1)", new() { Exact = true });

    public ILocator NewTagY(int slide) => TagsOn(slide).GetByRole(AriaRole.Group, new() { Name = $"New tag on slide {slide}" }).GetByLabel("y (0–1)", new() { Exact = true });

    public ILocator Tag(int slide, int tag) => TagsOn(slide).GetByRole(AriaRole.Group, new() { Name = $"Tag {tag} on slide {slide}", Exact = true });

    public ILocator TagUsername(int slide, int tag) => page.GetByLabel($"Username of tag {tag} on slide {slide}", new() { Exact = true });

    public ILocator TagX(int slide, int tag) => Tag(slide, tag).GetByLabel("x", new() { Exact = true });

    public ILocator TagY(int slide, int tag) => Tag(slide, tag).GetByLabel("y", new() { Exact = true });

    public ILocator Caption => page.GetByRole(AriaRole.Textbox, new() { Name = "Caption", Exact = true });

    public ILocator CaptionCounters => page.GetByRole(AriaRole.List, new() { Name = "Caption counters", Exact = true });

    public ILocator Preview => page.GetByRole(AriaRole.Region, new() { Name = "Preview", Exact = true });

    public ILocator GridPreview => page.GetByRole(AriaRole.Region, new() { Name = "Grid preview", Exact = true });

    public ILocator PreviewSlide(int slide, int of) => Preview.GetByRole(AriaRole.Figure, new() { Name = $"Slide {slide} of {of}", Exact = true });

    /// <summary>The carousel's dots are decoration (hidden from assistive technology), so they are found by their class.</summary>
    public ILocator PreviewDots => Preview.Locator(".ig-dot");

    public ILocator NextSlide => Preview.GetByRole(AriaRole.Button, new() { Name = "Next slide", Exact = true });

    public ILocator PreviousSlide => Preview.GetByRole(AriaRole.Button, new() { Name = "Previous slide", Exact = true });

    /// <summary>The summary above the form: "Fix N problems before submitting" with its list, or "Ready to submit: …".</summary>
    public ILocator Problems => page.Locator("#problems");

    public ILocator ProblemsHeading(int count) =>
        page.GetByRole(AriaRole.Heading, new() { Name = $"Fix {count} {(count == 1 ? "problem" : "problems")} before submitting", Exact = true });

    public ILocator ReadyToSubmit => page.GetByText("Ready to submit: Instagram would accept this post.", new() { Exact = true });

    public ILocator History => page.GetByRole(AriaRole.Region, new() { Name = "History", Exact = true });

    public ILocator Section(string heading) => page.GetByRole(AriaRole.Region, new() { Name = heading, Exact = true });

    public async Task OpenAsync(Guid postId, string heading)
    {
        await page.GotoAsync(Path(postId));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Exact = true, Level = 1 })).ToBeVisibleAsync();
    }

    /// <summary>Opens the library disclosure when it is closed, presses "Add {file}" and waits for the new slide.</summary>
    public async Task AddFromLibraryAsync(string fileName, int slide)
    {
        if (!await AddButton(fileName).IsVisibleAsync())
        {
            await LibraryToggle.ClickAsync();
        }

        await AddButton(fileName).ClickAsync();
        await Expect(AltText(slide)).ToBeVisibleAsync();
        await Expect(page.GetByText($"Slide {slide} · {fileName}", new() { Exact = true })).ToBeVisibleAsync();
    }

    /// <summary>Clicks the slide's image at a fraction of its width and height, then types the username and adds the tag.</summary>
    public async Task TagByClickingAsync(int slide, string fileName, string username, double x, double y)
    {
        var image = SlideImage(slide, fileName);
        var box = await image.BoundingBoxAsync() ?? throw new InvalidOperationException($"Slide {slide}'s image is not shown.");
        await image.ClickAsync(new() { Position = new() { X = (float)(box.Width * x), Y = (float)(box.Height * y) } });
        await Expect(NewTagUsername(slide)).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(username);
        await page.GetByRole(AriaRole.Button, new() { Name = $"Add tag to slide {slide}", Exact = true }).ClickAsync();
    }

    /// <summary>Presses "Save now" and waits for the server's answer to that save.</summary>
    public async Task SaveNowAsync()
    {
        var response = await page.RunAndWaitForResponseAsync(
            () => SaveNowButton.ClickAsync(),
            r => r.Request.Method == "POST" && SaveHandler().IsMatch(r.Url));
        Assert.True(response.Ok, $"Saving answered {response.Status}.");
    }

    [GeneratedRegex("[?&]handler=Save(&|$)")]
    private static partial Regex SaveHandler();
}
