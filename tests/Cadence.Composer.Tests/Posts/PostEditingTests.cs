using System.Net;
using Cadence.Composer.Data;
using Cadence.Composer.Domain;
using Cadence.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Composer.Tests.Posts;

public sealed class PostEditingTests(ComposerAppFactory app) : IClassFixture<ComposerAppFactory>
{
    [Fact]
    public async Task Editing_the_caption_saves_a_new_version_with_its_activity_and_says_when_in_the_clients_time()
    {
        var studio = await app.CreateStudioAsync(timeZone: "America/New_York");
        var postId = await studio.Http.CreatePostAsync(studio.ClientId, PostFormat.FeedImage, studio.AccountId);

        using var response = await studio.Http.SaveAsync(postId, new Dictionary<string, string> { ["Input.Caption"] = "Autumn blend is back #coffee" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var fragment = await response.ParseAsync();
        var local = TimeZoneInfo.ConvertTime(app.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));
        Assert.Equal($"Saved at {local:HH:mm}", fragment.GetElementById("save-status")!.TextContent.Trim());
        Assert.Equal("2", fragment.GetElementById("post-version")!.GetAttribute("value"));
        var post = await app.LoadPostAsync(postId);
        Assert.Equal("Autumn blend is back #coffee", post.Caption);
        Assert.Equal(2, post.ContentVersion);
        var edited = Assert.Single(post.Activity, a => a.Kind == PostActivityKind.Edited);
        Assert.Equal("caption", edited.Details);
    }

    [Fact]
    public async Task The_autosave_answers_htmx_with_a_fragment_and_a_plain_form_with_a_redirect()
    {
        var studio = await app.CreateStudioAsync();
        var postId = await studio.Http.CreatePostAsync(studio.ClientId, PostFormat.FeedImage, studio.AccountId);

        using var htmx = await studio.Http.SaveAsync(postId, new Dictionary<string, string> { ["Input.Caption"] = "One" });
        var body = await htmx.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<html", body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("id=\"save-status\"", body);
        Assert.Contains("hx-swap-oob", body);

        using var plain = await studio.Http.SaveAsync(postId, new Dictionary<string, string> { ["Input.Caption"] = "Two" }, htmx: false);
        Assert.Equal(HttpStatusCode.Redirect, plain.StatusCode);
        Assert.Equal("Two", (await app.LoadPostAsync(postId)).Caption);
    }

    [Fact]
    public async Task Saving_an_unchanged_form_writes_no_new_version()
    {
        var studio = await app.CreateStudioAsync();
        var postId = await studio.Http.CreatePostAsync(studio.ClientId, PostFormat.FeedImage, studio.AccountId);

        using var response = await studio.Http.SaveAsync(postId, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, (await app.LoadPostAsync(postId)).ContentVersion);
    }

    [Fact]
    public async Task The_live_counters_count_the_typed_caption_without_saving_it_as_a_fragment_or_a_page()
    {
        var studio = await app.CreateStudioAsync();
        var postId = await studio.Http.CreatePostAsync(studio.ClientId, PostFormat.FeedImage, studio.AccountId);
        var caption = "Fresh roast 😀 #coffee #autumn with @barista";

        using var live = await studio.Http.SaveAsync(postId, new Dictionary<string, string> { ["Input.Caption"] = caption }, url: PostTestKit.LiveUrl(postId));

        var fragment = await live.ParseAsync();
        Assert.Null(fragment.QuerySelector("title"));
        var counters = fragment.GetElementById("caption-counters")!;
        Assert.Equal("true", counters.GetAttribute("hx-swap-oob"));
        Assert.Equal(caption.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), counters.QuerySelector("[data-counter=characters]")!.TextContent);
        Assert.Equal("2", counters.QuerySelector("[data-counter=hashtags]")!.TextContent);
        Assert.Equal("1", counters.QuerySelector("[data-counter=mentions]")!.TextContent);
        Assert.Contains(caption, fragment.GetElementById("post-preview")!.TextContent);
        Assert.Equal(string.Empty, (await app.LoadPostAsync(postId)).Caption);

        using var page = await studio.Http.SaveAsync(postId, new Dictionary<string, string> { ["Input.Caption"] = caption }, htmx: false, url: PostTestKit.LiveUrl(postId));
        Assert.Contains("<html", await page.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_caption_over_instagrams_limit_is_kept_as_a_draft_with_its_message_next_to_it()
    {
        var studio = await app.CreateStudioAsync();
        var postId = await studio.Http.CreatePostAsync(studio.ClientId, PostFormat.FeedImage, studio.AccountId);

        using var response = await studio.Http.SaveAsync(postId, new Dictionary<string, string> { ["Input.Caption"] = new string('a', 2201) });

        var fragment = await response.ParseAsync();
        Assert.Contains("2,201 characters; Instagram allows 2,200", fragment.Problem("problem-Caption"));
        Assert.Contains("before submitting", fragment.GetElementById("problems")!.TextContent);
        Assert.Equal(2201, (await app.LoadPostAsync(postId)).Caption.Length);
        var page = await studio.Http.GetDocumentAsync(PostTestKit.EditUrl(postId));
        Assert.Contains("Instagram allows 2,200", page.Problem("problem-Caption"));
        Assert.Matches(@"Fix \d+ problems before submitting", page.GetElementById("problems-heading")!.TextContent);
    }

    [Fact]
    public async Task Bad_input_is_shown_next_to_its_field_and_nothing_of_the_form_is_saved()
    {
        var studio = await app.CreateStudioAsync();
        var postId = await studio.Http.CreatePostAsync(studio.ClientId, PostFormat.Reel, studio.AccountId);

        using var response = await studio.Http.SaveAsync(postId, new Dictionary<string, string>
        {
            ["Input.Caption"] = "Should not be saved",
            ["Input.ThumbOffsetSeconds"] = "two",
            ["Input.AudioName"] = new string('x', 201),
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var fragment = await response.ParseAsync();
        Assert.Contains("Not saved", fragment.GetElementById("save-status")!.TextContent);
        Assert.Contains("in seconds", fragment.Problem("problem-ThumbOffsetMs"));
        Assert.Contains("at most 200", fragment.Problem("problem-AudioName"));
        var post = await app.LoadPostAsync(postId);
        Assert.Equal(string.Empty, post.Caption);
        Assert.Equal(1, post.ContentVersion);
    }

    [Fact]
    public async Task A_save_from_an_older_tab_is_a_conflict_with_a_clear_message_not_an_error()
    {
        var studio = await app.CreateStudioAsync();
        var postId = await studio.Http.CreatePostAsync(studio.ClientId, PostFormat.FeedImage, studio.AccountId);
        await studio.Http.SaveAsync(postId, new Dictionary<string, string> { ["Input.Caption"] = "From the first tab" });

        using var stale = await studio.Http.SaveAsync(postId, new Dictionary<string, string> { ["Input.Version"] = "1", ["Input.Caption"] = "From the second tab" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, stale.StatusCode);
        Assert.Contains("changed in another tab", (await stale.ParseAsync()).GetElementById("save-status")!.TextContent);
        Assert.Equal("From the first tab", (await app.LoadPostAsync(postId)).Caption);
    }

    [Fact]
    public async Task Each_format_shows_the_options_it_takes_and_only_those()
    {
        var studio = await app.CreateStudioAsync();
        var feed = await studio.Http.GetDocumentAsync(PostTestKit.EditUrl(await studio.Http.CreatePostAsync(studio.ClientId, PostFormat.FeedImage, studio.AccountId)));
        var reel = await studio.Http.GetDocumentAsync(PostTestKit.EditUrl(await studio.Http.CreatePostAsync(studio.ClientId, PostFormat.Reel, studio.AccountId)));
        var story = await studio.Http.GetDocumentAsync(PostTestKit.EditUrl(await studio.Http.CreatePostAsync(studio.ClientId, PostFormat.Story, studio.AccountId)));

        string[] reelOnly = ["post-cover", "post-thumb-offset", "post-share-to-feed", "post-audio-name", "post-trial"];
        string[] feedOptions = ["post-caption", "post-first-comment", "post-location-id", "post-collaborators"];
        Assert.All(reelOnly, id => Assert.Null(feed.GetElementById(id)));
        Assert.All(feedOptions, id => Assert.NotNull(feed.GetElementById(id)));
        Assert.All(reelOnly.Concat(feedOptions), id => Assert.NotNull(reel.GetElementById(id)));
        Assert.All(reelOnly.Concat(feedOptions), id => Assert.Null(story.GetElementById(id)));
    }

    [Fact]
    public async Task Reel_options_are_saved_and_changing_the_format_keeps_what_still_applies()
    {
        var studio = await app.CreateStudioAsync();
        var postId = await studio.Http.CreatePostAsync(studio.ClientId, PostFormat.Reel, studio.AccountId);
        await studio.Http.SaveAsync(postId, new Dictionary<string, string>
        {
            ["Input.Caption"] = "Pour-over in 30 seconds",
            ["Input.ThumbOffsetSeconds"] = "2.5",
            ["Input.AudioName"] = "Morning pour",
            ["Input.Trial"] = "Performance",
            ["Input.ShareToFeed"] = "false",
            ["Input.Collaborators"] = "@roaster, barista",
        });
        var reel = await app.LoadPostAsync(postId);
        Assert.Equal((2500, "Morning pour", TrialStrategy.Performance, false), (reel.ThumbOffsetMs, reel.AudioName, reel.Trial, reel.ShareToFeed));
        Assert.Equal(["roaster", "barista"], reel.Collaborators);

        using var response = await studio.Http.SaveAsync(postId, new Dictionary<string, string> { ["Input.Format"] = "Carousel" });

        Assert.Equal("#editor", response.Headers.GetValues("HX-Retarget").Single());
        var carousel = await app.LoadPostAsync(postId);
        Assert.Equal(PostFormat.Carousel, carousel.Format);
        Assert.Equal("Pour-over in 30 seconds", carousel.Caption);
        Assert.Equal(["roaster", "barista"], carousel.Collaborators);
        Assert.Equal((null, null, null, true), (carousel.ThumbOffsetMs, carousel.AudioName, carousel.Trial, carousel.ShareToFeed));
        Assert.Contains("format Reel → Carousel", carousel.Activity.OrderBy(a => a.ContentVersion).Last().Details);
    }

    [Fact]
    public async Task Slides_are_added_from_the_library_reordered_and_removed()
    {
        var studio = await app.CreateStudioAsync();
        var first = await app.AddImageAsync(studio.Owner.AgencyId, studio.ClientId, fileName: "first.jpg");
        var second = await app.AddVideoAsync(studio.Owner.AgencyId, studio.ClientId, fileName: "second.mp4");
        var postId = await studio.Http.CreatePostAsync(studio.ClientId, PostFormat.Carousel, studio.AccountId);

        await studio.Http.SaveAsync(postId, new Dictionary<string, string> { ["Input.Op"] = $"add:{first.Id}" });
        using var added = await studio.Http.SaveAsync(postId, new Dictionary<string, string> { ["Input.Op"] = $"add:{second.Id}" });
        Assert.NotNull((await added.ParseAsync()).QuerySelector("#editor"));
        var post = await app.LoadPostAsync(postId);
        Assert.Equal([first.Id, second.Id], post.OrderedItems.Select(i => i.MediaAssetId));

        await studio.Http.SaveAsync(postId, new Dictionary<string, string> { ["Input.Op"] = $"up:{post.OrderedItems.Last().Id}" });
        Assert.Equal([second.Id, first.Id], (await app.LoadPostAsync(postId)).OrderedItems.Select(i => i.MediaAssetId));

        await studio.Http.SaveAsync(postId, new Dictionary<string, string> { ["Input.Op"] = $"remove:{post.OrderedItems.First().Id}" });
        Assert.Equal(second.Id, Assert.Single((await app.LoadPostAsync(postId)).Items).MediaAssetId);
    }

    [Fact]
    public async Task The_library_offers_only_the_kinds_the_format_takes()
    {
        var studio = await app.CreateStudioAsync();
        var image = await app.AddImageAsync(studio.Owner.AgencyId, studio.ClientId, fileName: "still.jpg");
        var video = await app.AddVideoAsync(studio.Owner.AgencyId, studio.ClientId, fileName: "motion.mp4");

        var feed = await studio.Http.GetDocumentAsync(PostTestKit.EditUrl(await studio.Http.CreatePostAsync(studio.ClientId, PostFormat.FeedImage, studio.AccountId)));

        Assert.NotNull(feed.QuerySelector($"button[value='add:{image.Id}']"));
        Assert.Null(feed.QuerySelector($"button[value='add:{video.Id}']"));
    }

    [Fact]
    public async Task A_user_tag_is_saved_with_its_position_and_can_be_edited_and_removed()
    {
        var studio = await app.CreateStudioAsync();
        var image = await app.AddImageAsync(studio.Owner.AgencyId, studio.ClientId);
        var postId = await studio.Http.CreatePostAsync(studio.ClientId, PostFormat.FeedImage, studio.AccountId);
        await studio.Http.SaveAsync(postId, new Dictionary<string, string> { ["Input.Op"] = $"add:{image.Id}" });
        var itemId = Assert.Single((await app.LoadPostAsync(postId)).Items).Id;

        await studio.Http.SaveAsync(postId, new Dictionary<string, string>
        {
            ["Input.Op"] = $"tag:{itemId}",
            ["Input.Items[0].NewTag.Username"] = "@barista",
            ["Input.Items[0].NewTag.X"] = "0.25",
            ["Input.Items[0].NewTag.Y"] = "0.75",
        });
        Assert.Equal(new UserTag("barista", 0.25, 0.75), Assert.Single(Assert.Single((await app.LoadPostAsync(postId)).Items).UserTags));

        await studio.Http.SaveAsync(postId, new Dictionary<string, string> { ["Input.Items[0].Tags[0].Username"] = "headbarista" });
        Assert.Equal("headbarista", Assert.Single(Assert.Single((await app.LoadPostAsync(postId)).Items).UserTags).Username);

        using var outside = await studio.Http.SaveAsync(postId, new Dictionary<string, string> { ["Input.Items[0].Tags[0].X"] = "1.5" });
        Assert.Contains("between 0 and 1", (await outside.ParseAsync()).Problem("problem-Items-0--UserTags"));

        await studio.Http.SaveAsync(postId, new Dictionary<string, string> { ["Input.Op"] = $"untag:{itemId}:0" });
        Assert.Empty(Assert.Single((await app.LoadPostAsync(postId)).Items).UserTags);
    }

    [Fact]
    public async Task Each_account_can_have_its_own_caption_when_the_post_goes_to_several()
    {
        var studio = await app.CreateStudioAsync();
        var second = await app.AddLinkedAccountAsync(studio.Owner.AgencyId, studio.ClientId, "bluebottle.jp");
        var single = await studio.Http.GetDocumentAsync(PostTestKit.EditUrl(await studio.Http.CreatePostAsync(studio.ClientId, PostFormat.FeedImage, studio.AccountId)));
        Assert.Null(single.GetElementById($"account-caption-{studio.AccountId:N}"));

        var postId = await studio.Http.CreatePostAsync(studio.ClientId, PostFormat.FeedImage, studio.AccountId, second);
        var page = await studio.Http.GetDocumentAsync(PostTestKit.EditUrl(postId));
        var field = page.GetElementById($"account-caption-{second:N}")!;
        Assert.Equal("Caption for @bluebottle.jp", page.QuerySelector($"label[for='{field.Id}']")!.TextContent.Trim());

        await studio.Http.SaveAsync(postId, new Dictionary<string, string> { ["Input.Caption"] = "Hello", [field.GetAttribute("name")!] = "こんにちは" });

        var post = await app.LoadPostAsync(postId);
        Assert.Equal("こんにちは", post.Accounts.Single(a => a.InstagramAccountId == second).CaptionOverride);
        Assert.Null(post.Accounts.Single(a => a.InstagramAccountId == studio.AccountId).CaptionOverride);
    }

    [Fact]
    public async Task The_clients_hashtag_groups_and_caption_templates_are_offered_for_insertion_into_the_caption()
    {
        var studio = await app.CreateStudioAsync();
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<ComposerDbContext>();
            db.HashtagGroups.Add(new HashtagGroup { AgencyId = studio.Owner.AgencyId, ClientId = studio.ClientId, Name = "Coffee", Hashtags = "#coffee #roast" });
            db.CaptionTemplates.Add(new CaptionTemplate { AgencyId = studio.Owner.AgencyId, ClientId = studio.ClientId, Name = "Sign-off", Body = "See you at the bar ☕" });
            await db.SaveChangesAsync();
        });

        var page = await studio.Http.GetDocumentAsync(PostTestKit.EditUrl(await studio.Http.CreatePostAsync(studio.ClientId, PostFormat.FeedImage, studio.AccountId)));

        var inserts = page.QuerySelectorAll("[data-insert]").ToDictionary(b => b.TextContent.Trim(), b => b.GetAttribute("data-insert"));
        Assert.Equal("#coffee #roast", inserts["Insert hashtags: Coffee"]);
        Assert.Equal("See you at the bar ☕", inserts["Insert template: Sign-off"]);
        Assert.NotNull(page.QuerySelector("#post-caption[data-insert-target]"));
    }
}
