using Cadence.Accounts.Contracts.Clients;
using Cadence.BuildingBlocks.Authorization;
using Cadence.BuildingBlocks.Infrastructure.Web;
using Cadence.BuildingBlocks.Results;
using Cadence.Composer.Contracts.Posts;
using Cadence.Scheduler.Domain;
using Cadence.Scheduler.Features.Outcomes;
using Cadence.Scheduler.Features.Scheduling;
using Htmx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Scheduler.Areas.Scheduler.Pages.Posts;

internal sealed record TimeChoice(AmbiguousTimeChoice Value, string Label);

/// <summary>One post's booking, and the forms that book it at a time, now, in the queue, or take it off the calendar.</summary>
[Authorize(Policy = Permission.ViewContent)]
internal sealed class DetailsModel(
    IPostCatalog catalog,
    IClientDirectory clients,
    PostBookings bookings,
    PostOutcomes outcomes,
    SchedulePost schedule,
    UnschedulePost unschedule,
    IAuthorizationService authorization) : PageModel
{
    [BindProperty]
    public ScheduleInput Input { get; set; } = new();

    public PostCard Card { get; private set; } = null!;

    public ClientSummary Client { get; private set; } = null!;

    public PostBookingView? Booking { get; private set; }

    public bool CanEdit { get; private set; }

    /// <summary>Each account's outcome, once the post is booked.</summary>
    public OutcomesPanel? Outcomes { get; private set; }

    /// <summary>Set when the chosen time happens twice: which of the two is meant.</summary>
    public IReadOnlyList<TimeChoice> Choices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid postId, CancellationToken cancellationToken) =>
        await LoadAsync(postId, cancellationToken) ? this.PageOrPartial("_Schedule", this) : NotFound();

    public Task<IActionResult> OnPostAtAsync(Guid postId, CancellationToken cancellationToken) =>
        EditAsync(postId, async Task<Result<ScheduledTime>?> () =>
        {
            if (Input.Date is null && !ModelState.ContainsKey("Input.Date"))
            {
                ModelState.AddModelError("Input.Date", "Choose a date.");
            }

            if (Input.Time is null && !ModelState.ContainsKey("Input.Time"))
            {
                ModelState.AddModelError("Input.Time", "Choose a time.");
            }

            if (!ModelState.IsValid)
            {
                return null;
            }

            var result = await schedule.AtAsync(postId, Input.Date!.Value, Input.Time!.Value, Input.Choice, cancellationToken);
            if (!result.Succeeded)
            {
                Choices = ChoicesFor(Input.Date.Value, Input.Time.Value);
            }

            return result;
        }, cancellationToken);

    public Task<IActionResult> OnPostNowAsync(Guid postId, CancellationToken cancellationToken) =>
        EditAsync(postId, async () => await schedule.NowAsync(postId, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostQueueAsync(Guid postId, CancellationToken cancellationToken) =>
        EditAsync(postId, async () => await schedule.ToQueueAsync(postId, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostUnscheduleAsync(Guid postId, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (!await LoadAsync(postId, cancellationToken))
        {
            return NotFound();
        }

        if (!CanEdit)
        {
            return Forbid();
        }

        var result = await unschedule.ExecuteAsync(postId, cancellationToken);
        if (!result.Succeeded)
        {
            return result.Errors.Any(e => e.Code == "not_found") ? NotFound() : Problems(result.Errors);
        }

        return await DoneAsync(postId, "Unscheduled: the post is back in Ready to schedule.", cancellationToken);
    }

    private async Task<IActionResult> EditAsync(Guid postId, Func<Task<Result<ScheduledTime>?>> book, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(postId, cancellationToken))
        {
            return NotFound();
        }

        if (!CanEdit)
        {
            return Forbid();
        }

        // Null: the form itself was incomplete, and ModelState already says where.
        if (await book() is not { } result)
        {
            return this.PageOrPartial("_Schedule", this);
        }

        if (!result.Succeeded)
        {
            return result.Errors.Any(e => e.Code == "not_found") ? NotFound() : Problems(result.Errors);
        }

        var booked = result.Value;
        Input = new ScheduleInput();
        return await DoneAsync(postId, $"Scheduled for {booked.Local.Display}.", cancellationToken);
    }

    // Date and time problems go next to their field; everything else (approval, accounts, queue) in the summary.
    private IActionResult Problems(IReadOnlyList<Error> errors)
    {
        foreach (var error in errors)
        {
            var key = error.Field is "Date" or "Time" ? $"Input.{error.Field}" : string.Empty;
            ModelState.AddModelError(key, error.Message);
        }

        return this.PageOrPartial("_Schedule", this);
    }

    private async Task<IActionResult> DoneAsync(Guid postId, string message, CancellationToken cancellationToken)
    {
        Toast.Show(this, message);
        if (!Request.IsHtmx())
        {
            return this.RedirectAfterPost(Url.Page("./Details", new { postId })!);
        }

        ModelState.Clear();
        await LoadAsync(postId, cancellationToken);
        return Partial("_Schedule", this);
    }

    private async Task<bool> LoadAsync(Guid postId, CancellationToken cancellationToken)
    {
        var cards = await catalog.GetAsync([postId], cancellationToken);
        if (cards.FirstOrDefault(c => c.PostId == postId) is not { } card || await clients.FindAsync(card.ClientId, cancellationToken) is not { } client)
        {
            return false;
        }

        (Card, Client) = (card, client);
        Booking = await bookings.FindAsync(postId, client.TimeZoneId, cancellationToken);
        CanEdit = (await authorization.AuthorizeAsync(User, Permission.EditContent)).Succeeded;
        Outcomes = await outcomes.FindAsync(postId, client.TimeZoneId, cancellationToken) is { } view ? new OutcomesPanel(view, CanEdit, card.EditUrl, []) : null;
        return true;
    }

    public static string ModeLabel(ScheduleMode mode) => mode switch
    {
        ScheduleMode.Queue => "next free queue slot",
        ScheduleMode.Now => "publish now",
        _ => "time chosen",
    };

    private IReadOnlyList<TimeChoice> ChoicesFor(DateOnly date, TimeOnly time) =>
        ClientTimeZone.Find(Client.TimeZoneId) is { } zone && LocalTimeResolution.Of(date.ToDateTime(time), zone.Zone) is OccursTwice twice
            ?
            [
                new(AmbiguousTimeChoice.Earlier, $"First time ({LocalTimeFormat.Offset(twice.EarlierOffset)})"),
                new(AmbiguousTimeChoice.Later, $"Second time ({LocalTimeFormat.Offset(twice.LaterOffset)})"),
            ]
            : [];
}
