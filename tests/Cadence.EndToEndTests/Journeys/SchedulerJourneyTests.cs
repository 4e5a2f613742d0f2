using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cadence.EndToEndTests.Accessibility;
using Cadence.EndToEndTests.Infrastructure;
using Cadence.EndToEndTests.Pages;
using Cadence.Testing;
using SkiaSharp;

namespace Cadence.EndToEndTests.Journeys;

/// <summary>
/// Scheduling as an agency does: an approved post booked from the Composer, seen and moved on the calendar (dragged and
/// by the keyboard form), published now and watched until Instagram (the sandbox, over real HTTP) has it; and a post
/// whose media Instagram refuses, fixed and retried. The dispatcher's job is run by hand, as the test host keeps Quartz
/// stopped; the page finds the outcome by polling. The host's clock stands at Monday 23 November 2026 09:00 UTC.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SchedulerJourneyTests(BrowserFixture browser, CadenceServer server) : IAsyncLifetime
{
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
    public async Task An_approved_post_is_scheduled_from_the_composer_moved_on_the_calendar_and_published_now()
    {
        const string clientName = "Sakura Tea House";
        const string caption = "First flush sencha has landed";
        var (page, postId) = await ApprovedFeedImageAsync("Scheduling Agency", clientName, "sakurastudio", caption);

        // From the Composer's editor to the Scheduler's page for the post.
        await page.GetByRole(AriaRole.Link, new() { Name = "Schedule", Exact = true }).ClickAsync();
        var schedule = new SchedulePostPage(page);
        await Expect(schedule.Heading).ToBeVisibleAsync();
        Assert.EndsWith(SchedulePostPage.Path(postId), page.Url, StringComparison.Ordinal);
        await Expect(schedule.BookingState).ToHaveTextAsync("Not scheduled yet.");
        await schedule.ScheduleAtAsync("2026-11-24", "10:00");
        await Expect(schedule.BookingState).ToContainTextAsync("Tuesday 24 November 2026, 10:00 AM UTC+0");
        await Expect(schedule.OutcomeState("sakurastudio")).ToHaveTextAsync("Scheduled");

        // On the calendar, on its day; dragged onto the next day, it keeps its time.
        var calendar = new CalendarPage(page);
        await calendar.OpenAsync();
        await Expect(calendar.EntryOn("Tuesday 24 November 2026", caption)).ToBeVisibleAsync();
        await calendar.Entry(caption).DragToAsync(calendar.Day("Wednesday 25 November 2026"));
        await Expect(calendar.Status).ToContainTextAsync("Moved to Wednesday 25 November 2026, 10:00 AM UTC+0");
        await Expect(calendar.EntryOn("Wednesday 25 November 2026", caption)).ToBeVisibleAsync();
        await Expect(calendar.EntryOn("Tuesday 24 November 2026", caption)).ToHaveCountAsync(0);
        await Axe.AssertNoSeriousViolationsAsync(page);

        // The keyboard way: the entry's Move form.
        await calendar.MoveWithFormAsync(caption, "2026-11-26", "08:30");
        await Expect(calendar.Status).ToContainTextAsync("Moved to Thursday 26 November 2026, 8:30 AM UTC+0");
        await Expect(calendar.EntryOn("Thursday 26 November 2026", caption)).ToBeVisibleAsync();

        // Publish now, and watch the page until Instagram has it.
        await calendar.Entry(caption).GetByRole(AriaRole.Link, new() { Name = caption }).ClickAsync();
        await Expect(schedule.Heading).ToBeVisibleAsync();
        await Expect(schedule.BookingState).ToContainTextAsync("Thursday 26 November 2026, 8:30 AM");
        await schedule.PublishNowButton.ClickAsync();
        await Expect(schedule.BookingState).ToContainTextAsync("publish now");
        await Expect(schedule.Accounts).ToContainTextAsync("this list updates by itself");
        await server.RunPublishDispatcherAsync();
        await Expect(schedule.OutcomeState("sakurastudio")).ToHaveTextAsync("Published");
        await Expect(schedule.Outcome("sakurastudio")).ToContainTextAsync("Published Monday 23 November 2026, 9:00 AM UTC+0");
        await Expect(schedule.ViewOnInstagram("sakurastudio")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^https?://.+"));
        await Expect(schedule.Accounts).Not.ToContainTextAsync("this list updates by itself");
        await Axe.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task Media_instagram_refuses_shows_the_reason_and_after_fixing_and_retrying_the_post_is_published()
    {
        const string clientName = "Brooklyn Cycle Works";
        const string caption = "New fixie frames in store";
        var (page, postId) = await ApprovedFeedImageAsync("Retry Agency", clientName, "brooklynbikes", caption);
        var schedule = new SchedulePostPage(page);
        await schedule.OpenAsync(postId);

        // The sandbox ends the next container in ERROR: the aspect ratio Instagram refuses.
        await InjectContainerErrorAsync(2207009);
        await schedule.PublishNowButton.ClickAsync();
        await Expect(schedule.Accounts).ToContainTextAsync("this list updates by itself");
        await server.RunPublishDispatcherAsync();
        await Expect(schedule.OutcomeState("brooklynbikes")).ToHaveTextAsync("Failed");
        await Expect(schedule.Outcome("brooklynbikes")).ToContainTextAsync("The image's aspect ratio is outside what Instagram accepts");
        await Expect(schedule.RetryButton).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(page);

        // Fix and reschedule: to the Composer, change the post, back to the schedule page.
        await schedule.FixAndReschedule("brooklynbikes").ClickAsync();
        var editor = new PostEditorPage(page);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Feed image for {clientName}", Exact = true, Level = 1 })).ToBeVisibleAsync();
        await editor.Caption.FillAsync(caption + ", now in 4:5");
        await editor.SaveNowAsync();
        // The client needs no approval, so the edited post stays approved and can go straight back to its schedule.
        await editor.OpenAsync(postId, $"Feed image for {clientName}");
        await Expect(editor.Status).ToHaveTextAsync("Approved");
        await page.GetByRole(AriaRole.Link, new() { Name = "Schedule", Exact = true }).ClickAsync();
        await Expect(schedule.OutcomeState("brooklynbikes")).ToHaveTextAsync("Failed");

        await schedule.RetryButton.ClickAsync();
        await Expect(schedule.Toasts).ToContainTextAsync("Retrying 1 account.");
        await Expect(schedule.Accounts).ToContainTextAsync("this list updates by itself");
        await server.RunPublishDispatcherAsync();
        await Expect(schedule.OutcomeState("brooklynbikes")).ToHaveTextAsync("Published");
        await Expect(schedule.ViewOnInstagram("brooklynbikes")).ToBeVisibleAsync();
        await Expect(schedule.RetryButton).ToHaveCountAsync(0);
        await schedule.Outcome("brooklynbikes").GetByText("Publish log").ClickAsync();
        await Expect(schedule.Outcome("brooklynbikes").Locator("ol.publish-log li").First).ToContainTextAsync("published");
        await Expect(schedule.Outcome("brooklynbikes")).ToContainTextAsync("retried it");
    }

    // A linked sandbox account, a 4:5 JPEG in the library, a feed image with a caption, submitted (the client needs no approval, so it is approved).
    private async Task<(IPage Page, Guid PostId)> ApprovedFeedImageAsync(string agencyName, string clientName, string username, string caption)
    {
        var owner = await server.CreateAgencyAsync(agencyName);
        var clientId = await server.CreateClientAsync(owner.AgencyId, clientName);
        var page = await SignInAsync(owner);
        var instagram = new InstagramPages(page);
        await instagram.OpenClientAsync(clientId, clientName);
        await instagram.ConnectAsync(username, clientName);
        await Expect(instagram.CardStatus(username, "Active")).ToBeVisibleAsync();

        var library = new MediaLibraryPage(page);
        await library.OpenAsync(clientId);
        var file = username + ".jpg";
        await library.UploadAsync(images.Jpeg(file, 1080, 1350, SKColors.DarkOliveGreen));
        await Expect(library.Tiles).ToHaveCountAsync(1);

        await new NewPostPage(page).CreateAsync(clientName, username, "Feed image");
        var editor = new PostEditorPage(page);
        var postId = editor.PostId;
        await editor.AddFromLibraryAsync(file, 1);
        await editor.Caption.FillAsync(caption);
        await editor.SaveNowAsync();
        await Expect(editor.ReadyToSubmit).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Schedule", Exact = true })).ToHaveCountAsync(0);
        await editor.SubmitForReviewLink.ClickAsync();
        var review = new ReviewPage(page);
        await Expect(review.Heading).ToBeVisibleAsync();
        await review.SubmitButton.ClickAsync();
        await Expect(review.Status).ToHaveTextAsync("Approved");
        await editor.OpenAsync(postId, $"Feed image for {clientName}");
        return (page, postId);
    }

    private async Task InjectContainerErrorAsync(int subcode)
    {
        using var admin = new HttpClient { BaseAddress = new Uri(server.SandboxBaseUrl + "/_admin/") };
        using var response = await admin.PostAsJsonAsync(new Uri("faults/media", UriKind.Relative), new JsonObject { ["count"] = 1, ["subcode"] = subcode });
        response.EnsureSuccessStatusCode();
    }

    private async Task<IPage> SignInAsync(TestMember member)
    {
        var context = await browser.NewSignedInContextAsync(server, member);
        contexts.Add(context);
        return await context.NewPageAsync();
    }
}
