using System.Globalization;
using System.Text.RegularExpressions;
using Cadence.Accounts.Contracts.InstagramAccounts;
using Cadence.Composer.Contracts.Posts;
using Cadence.EndToEndTests.Infrastructure;
using Cadence.EndToEndTests.Pages;
using Cadence.Instagram;
using Cadence.Testing;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace Cadence.EndToEndTests.Journeys;

/// <summary>
/// Composing posts as an agency does: media in the library, a carousel with a tagged person, the preview, review, and
/// a client approving through a link in a browser that has never signed in. Each test has its own agency.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ComposerJourneyTests(BrowserFixture browser, CadenceServer server) : IAsyncLifetime
{
    private static readonly Regex Active = new(@"\bactive\b");

    private readonly TestImages images = new();
    private readonly List<IBrowserContext> contexts = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var context in contexts)
        {
            await context.DisposeAsync();
        }

        images.Dispose();
    }

    [Fact]
    public async Task A_carousel_with_a_tagged_person_goes_through_review_and_the_client_approves_it_through_a_link()
    {
        const string clientName = "Harbour Roasters";
        var owner = await server.CreateAgencyAsync("Carousel Agency");
        var clientId = await server.CreateClientAsync(owner.AgencyId, clientName);
        var page = await SignInAsync(owner);
        var instagram = new InstagramPages(page);
        await instagram.OpenClientAsync(clientId, clientName);
        await instagram.ConnectAsync("harbourcoffee", clientName);
        await Expect(instagram.CardStatus("harbourcoffee", "Active")).ToBeVisibleAsync();

        var library = new MediaLibraryPage(page);
        await library.OpenAsync(clientId);
        await library.UploadAsync(
            images.Jpeg("harbour-1.jpg", 1080, 1080, SKColors.SteelBlue),
            images.Jpeg("harbour-2.jpg", 1080, 1080, SKColors.Goldenrod),
            images.Jpeg("harbour-3.jpg", 1080, 1080, SKColors.SeaGreen));
        await Expect(library.Tiles).ToHaveCountAsync(3);

        await new ApprovalSettingsPage(page).SetAsync(clientId, clientName, team: false, client: true);

        await new NewPostPage(page).CreateAsync(clientName, "harbourcoffee", "Carousel");
        var editor = new PostEditorPage(page);
        var postId = editor.PostId;
        await Expect(editor.Status).ToHaveTextAsync("Draft");
        for (var slide = 1; slide <= 3; slide++)
        {
            await editor.AddFromLibraryAsync($"harbour-{slide}.jpg", slide);
        }

        await editor.TagByClickingAsync(2, "harbour-2.jpg", "sakurastudio", x: 0.25, y: 0.75);
        await Expect(editor.TagUsername(2, 1)).ToHaveValueAsync("sakurastudio");
        await ExpectNearAsync(editor.TagX(2, 1), 0.25);
        await ExpectNearAsync(editor.TagY(2, 1), 0.75);
        await Expect(editor.TagsOn(1).GetByRole(AriaRole.Group, new() { Name = "Tag 1 on slide 1" })).ToHaveCountAsync(0);

        await editor.Caption.FillAsync("Morning light on the harbour. Say hi to @sakurastudio #coffee #harbour");
        await Expect(editor.CaptionCounters).ToContainTextAsync("70 of 2,200 characters");
        await Expect(editor.CaptionCounters).ToContainTextAsync("2 of 30 hashtags");
        await Expect(editor.Preview).ToContainTextAsync("Morning light on the harbour.");
        await editor.SaveNowAsync();
        await Expect(editor.ReadyToSubmit).ToBeVisibleAsync();

        // The preview is a carousel: three slides, a dot each, the arrows step through them.
        await Expect(editor.PreviewDots).ToHaveCountAsync(3);
        await Expect(editor.PreviewDots.Nth(0)).ToHaveClassAsync(Active);
        await Expect(editor.PreviewSlide(1, 3)).ToBeInViewportAsync();
        await editor.NextSlide.ClickAsync();
        await Expect(editor.PreviewDots.Nth(1)).ToHaveClassAsync(Active);
        await Expect(editor.PreviewDots.Nth(0)).Not.ToHaveClassAsync(Active);
        await Expect(editor.PreviewSlide(2, 3)).ToBeInViewportAsync();
        await Expect(editor.PreviewSlide(2, 3)).ToContainTextAsync("sakurastudio");
        await editor.PreviousSlide.ClickAsync();
        await Expect(editor.PreviewDots.Nth(0)).ToHaveClassAsync(Active);
        await Expect(editor.PreviewSlide(1, 3)).ToBeInViewportAsync();
        await Expect(editor.GridPreview).ToBeVisibleAsync();

        // Everything above was saved: a fresh load shows the slides, the tag where it was placed, and the caption.
        await editor.OpenAsync(postId, $"Carousel for {clientName}");
        await Expect(editor.SlideImage(3, "harbour-3.jpg")).ToBeVisibleAsync();
        await Expect(editor.TagUsername(2, 1)).ToHaveValueAsync("sakurastudio");
        await ExpectNearAsync(editor.TagX(2, 1), 0.25);
        await ExpectNearAsync(editor.TagY(2, 1), 0.75);
        await Expect(editor.Caption).ToHaveValueAsync("Morning light on the harbour. Say hi to @sakurastudio #coffee #harbour");

        await editor.SubmitForReviewLink.ClickAsync();
        var review = new ReviewPage(page);
        await Expect(review.Heading).ToBeVisibleAsync();
        await Expect(review.Status).ToHaveTextAsync("Draft");
        await review.SubmitAsync();
        await Expect(page.GetByText("Waiting for the client's approval: send them a link below.")).ToBeVisibleAsync();
        await Expect(review.ApproveButton).ToHaveCountAsync(0);
        var link = await review.CreateClientLinkAsync("Hana Sato");
        Assert.StartsWith(new Uri(server.BaseAddress, "/approve/").ToString(), link, StringComparison.Ordinal);

        // The client: a browser that has never signed in to Cadence.
        var clientBrowser = await NewContextAsync();
        var clientPage = await clientBrowser.NewPageAsync();
        var approval = new ClientApprovalPage(clientPage);
        await approval.OpenAsync(link, clientName);
        var card = approval.Post(1, 1, "Carousel");
        await Expect(ClientApprovalPage.Status(card)).ToHaveTextAsync("Status: In review");
        await Expect(card).ToContainTextAsync("Morning light on the harbour.");
        await ClientApprovalPage.Comment(card).FillAsync("Lovely light, go ahead.");
        await ClientApprovalPage.Approve(card).ClickAsync();
        await Expect(approval.Toasts).ToContainTextAsync("Thank you: the post is approved");
        await Expect(ClientApprovalPage.Status(card)).ToHaveTextAsync("Status: Approved");
        await Expect(ClientApprovalPage.Approve(card)).ToHaveCountAsync(0);

        // Back at the agency the post is approved, and the history says the client did it through the link.
        await review.OpenAsync(postId);
        await Expect(review.Status).ToHaveTextAsync("Approved");
        var decision = review.HistoryRows.Filter(new() { HasText = "Lovely light, go ahead." });
        await Expect(decision).ToHaveCountAsync(1);
        await Expect(decision).ToContainTextAsync("Hana Sato");
        await Expect(decision).ToContainTextAsync("Approved");
        await Expect(decision).ToContainTextAsync("Client link");
        await editor.OpenAsync(postId, $"Carousel for {clientName}");
        await Expect(editor.Status).ToHaveTextAsync("Approved");

        await InstagramAcceptsTheSnapshotAsync(owner.AgencyId, postId);
    }

    [Fact]
    public async Task An_over_limit_caption_is_marked_next_to_the_caption_and_in_the_summary_and_cannot_be_submitted()
    {
        const string clientName = "Brooklyn Wheels";
        var (page, clientId) = await ClientWithAccountAsync("Over Limit Agency", clientName, "brooklynbikes");
        var library = new MediaLibraryPage(page);
        await library.OpenAsync(clientId);
        await library.UploadAsync(images.Jpeg("bike.jpg", 1080, 1350, SKColors.IndianRed));
        await new NewPostPage(page).CreateAsync(clientName, "brooklynbikes", "Feed image");
        var editor = new PostEditorPage(page);
        var postId = editor.PostId;
        await editor.AddFromLibraryAsync("bike.jpg", 1);
        await Expect(editor.ReadyToSubmit).ToBeVisibleAsync();

        var hashtags = string.Join(' ', Enumerable.Range(1, 31).Select(i => string.Create(CultureInfo.InvariantCulture, $"#ride{i:00}")));
        var caption = new string('a', 2_201 - hashtags.Length - 1) + " " + hashtags;
        Assert.Equal(2_201, caption.Length);
        await editor.Caption.FillAsync(caption);

        const string tooLong = "The caption is 2,201 characters; Instagram allows 2,200 (an emoji counts as 2). Shorten it by 1.";
        const string tooManyTags = "The caption has 31 hashtags; Instagram allows 30. Remove 1.";
        await Expect(editor.CaptionCounters).ToContainTextAsync("2,201 of 2,200 characters");
        await Expect(editor.CaptionCounters).ToContainTextAsync("31 of 30 hashtags");
        await Expect(editor.Caption).ToHaveAccessibleDescriptionAsync(new Regex(Regex.Escape(tooLong)));
        await Expect(editor.Caption).ToHaveAccessibleDescriptionAsync(new Regex(Regex.Escape(tooManyTags)));
        await Expect(editor.ProblemsHeading(2)).ToBeVisibleAsync();
        await Expect(editor.Problems).ToContainTextAsync(tooLong);
        await Expect(editor.Problems).ToContainTextAsync(tooManyTags);
        await Expect(editor.ReadyToSubmit).ToHaveCountAsync(0);

        // A draft may be saved over the limits; it only cannot go to review.
        await editor.SaveNowAsync();
        await Expect(editor.Status).ToHaveTextAsync("Draft");
        await editor.SubmitForReviewLink.ClickAsync();
        var review = new ReviewPage(page);
        await Expect(review.Heading).ToBeVisibleAsync();
        await Expect(review.Problems).ToContainTextAsync(tooLong);

        await review.SubmitButton.ClickAsync();

        await Expect(review.Alert).ToHaveTextAsync(
            "Fix the problems listed before submitting. A post that fails validation can be saved as a draft but cannot be submitted.");
        await Expect(review.Problems).ToContainTextAsync(tooLong);
        await Expect(review.Problems).ToContainTextAsync(tooManyTags);
        await Expect(review.Status).ToHaveTextAsync("Draft");
        await review.OpenAsync(postId);
        await Expect(review.Status).ToHaveTextAsync("Draft");
        await Expect(review.HistoryRows.Filter(new() { HasText = "Submitted for review" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_png_becomes_a_jpeg_tile_whose_signed_address_loads_and_a_tampered_address_answers_404()
    {
        var owner = await server.CreateAgencyAsync("Media Agency");
        var clientId = await server.CreateClientAsync(owner.AgencyId, "Sakura Tea");
        var page = await SignInAsync(owner);
        var library = new MediaLibraryPage(page);
        await library.OpenAsync(clientId);
        await Expect(page.GetByText("No photos or videos for Sakura Tea yet.")).ToBeVisibleAsync();

        await library.UploadAsync(images.Png("tea-menu.png", 1200, 900, SKColors.MediumPurple));

        await Expect(library.Tiles).ToHaveCountAsync(1);
        await Expect(library.Tile("tea-menu.png")).ToContainTextAsync("Image · 1200 × 900");
        var thumbnail = library.Thumbnail("tea-menu.png");
        await Expect(thumbnail).ToHaveJSPropertyAsync("complete", true);
        Assert.True(await thumbnail.EvaluateAsync<int>("img => img.naturalWidth") > 0, "The tile's thumbnail did not load.");
        var thumbnailUrl = await thumbnail.GetAttributeAsync("src");
        await ExpectJpegAsync(page, thumbnailUrl!);

        await library.Tile("tea-menu.png").GetByRole(AriaRole.Link, new() { Name = "tea-menu.png", Exact = true }).Last.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "tea-menu.png", Exact = true, Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByText("Image (PNG uploaded, published as JPEG)")).ToBeVisibleAsync();
        var published = page.GetByRole(AriaRole.Img, new() { Name = "tea-menu.png as published", Exact = true });
        var publishUrl = (await published.GetAttributeAsync("src"))!;
        Assert.Contains("/publish.jpg?", publishUrl, StringComparison.Ordinal);

        // Signed URLs need no sign-in (Instagram fetches them), but only as signed.
        var stranger = await NewContextAsync();
        await ExpectJpegAsync(await stranger.NewPageAsync(), publishUrl);
        var signature = publishUrl[(publishUrl.IndexOf("signature=", StringComparison.Ordinal) + "signature=".Length)..].Split('&')[0];
        var tamperedSignature = publishUrl.Replace(signature, (signature[0] == 'A' ? 'B' : 'A') + signature[1..], StringComparison.Ordinal);
        var otherFile = publishUrl.Replace("/publish.jpg?", "/original.png?", StringComparison.Ordinal);
        var laterExpiry = Regex.Replace(publishUrl, @"expires=(\d+)", m => $"expires={long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) + 3600}");
        foreach (var tampered in new[] { tamperedSignature, otherFile, laterExpiry })
        {
            var response = await stranger.APIRequest.GetAsync(new Uri(server.BaseAddress, tampered).ToString());
            Assert.True(response.Status == 404, $"{tampered} answered {response.Status}.");
        }

        await library.OpenAsync(clientId);
        await library.Search.FillAsync("menu");
        await Expect(library.Tile("tea-menu.png")).ToBeVisibleAsync();
        await library.Search.FillAsync("croissant");
        await Expect(page.GetByText("No files match these filters.")).ToBeVisibleAsync();
        await Expect(library.Tiles).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_reel_offers_only_reel_options_and_a_feed_image_does_not()
    {
        const string clientName = "Bondi Boards";
        var (page, _) = await ClientWithAccountAsync("Reel Agency", clientName, "bondisurfco");
        var editor = new PostEditorPage(page);
        string[] reelFields = ["Cover image", "Thumbnail moment (seconds from the start)", "Audio name", "Trial reel"];

        await new NewPostPage(page).CreateAsync(clientName, "bondisurfco", "Reel");
        var reel = editor.Section("Reel options");
        await Expect(reel).ToBeVisibleAsync();
        foreach (var field in reelFields)
        {
            await Expect(reel.GetByLabel(field, new() { Exact = true })).ToBeVisibleAsync();
        }

        await Expect(reel.GetByRole(AriaRole.Checkbox, new() { Name = "Share to feed (also show the reel in the main feed)" })).ToBeCheckedAsync();
        await Expect(editor.Section("Caption")).ToBeVisibleAsync();

        await new NewPostPage(page).CreateAsync(clientName, "bondisurfco", "Feed image");
        await Expect(editor.Section("Options")).ToBeVisibleAsync();
        await Expect(editor.Section("Options").GetByLabel("First comment", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(editor.Section("Reel options")).ToHaveCountAsync(0);
        foreach (var field in reelFields)
        {
            await Expect(page.GetByLabel(field, new() { Exact = true })).ToHaveCountAsync(0);
        }

        await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Share to feed (also show the reel in the main feed)" })).ToHaveCountAsync(0);
    }

    // What the Scheduler will hand over: Instagram (the sandbox, over real HTTP) fetches every signed URL and checks the file.
    private async Task InstagramAcceptsTheSnapshotAsync(Guid agencyId, Guid postId)
    {
        using var scope = server.Services.CreateScope();
        var snapshot = (await scope.ServiceProvider.GetRequiredService<IPublishablePosts>().GetAsync(agencyId, postId, CancellationToken.None)).Value;
        Assert.True(snapshot.IsPublishable, string.Join("; ", snapshot.Problems));
        Assert.All(snapshot.Media, media => Assert.Matches(@"/media/[0-9a-f]{32}/publish\.jpg\?expires=\d+&signature=", media.Url));
        var account = Assert.Single(snapshot.Accounts);
        var token = (await scope.ServiceProvider.GetRequiredService<IInstagramAccountTokens>().GetAsync(agencyId, account.InstagramAccountId, CancellationToken.None)).Value;
        var access = new AccountAccess(token.InstagramUserId, token.AccessToken);
        var publishing = scope.ServiceProvider.GetRequiredService<IInstagramPublishing>();

        var children = new List<string>();
        foreach (var media in snapshot.Media)
        {
            var tags = media.UserTags.Select(t => new UserTag(t.Username, t.X, t.Y)).ToList();
            children.Add(await publishing.CreateContainerAsync(access, new CarouselImageItem(media.Url) { AltText = media.AltText, UserTags = tags }));
        }

        var carousel = await publishing.CreateContainerAsync(access, new CarouselContainer(children) { Caption = account.Caption });
        var status = await publishing.WaitForContainerAsync(token.AccessToken, carousel, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(10));
        Assert.Equal(ContainerStatusCode.Finished, status.Code);
    }

    private static async Task ExpectNearAsync(ILocator field, double expected)
    {
        var value = double.Parse(await field.InputValueAsync(), CultureInfo.InvariantCulture);
        Assert.InRange(value, expected - 0.05, expected + 0.05);
    }

    private async Task ExpectJpegAsync(IPage page, string url)
    {
        var response = await page.APIRequest.GetAsync(new Uri(server.BaseAddress, url).ToString());
        Assert.True(response.Status == 200, $"{url} answered {response.Status}.");
        Assert.Equal("image/jpeg", response.Headers["content-type"]);
        var body = await response.BodyAsync();
        Assert.True(body is [0xFF, 0xD8, ..], "The file is not a JPEG.");
    }

    private async Task<(IPage Page, Guid ClientId)> ClientWithAccountAsync(string agencyName, string clientName, string username)
    {
        var owner = await server.CreateAgencyAsync(agencyName);
        var clientId = await server.CreateClientAsync(owner.AgencyId, clientName);
        await server.AddLinkedAccountAsync(owner.AgencyId, clientId, username);
        return (await SignInAsync(owner), clientId);
    }

    private async Task<IPage> SignInAsync(TestMember member)
    {
        var context = await browser.NewSignedInContextAsync(server, member);
        contexts.Add(context);
        return await context.NewPageAsync();
    }

    private async Task<IBrowserContext> NewContextAsync()
    {
        var context = await browser.NewContextAsync(server);
        contexts.Add(context);
        return context;
    }
}
