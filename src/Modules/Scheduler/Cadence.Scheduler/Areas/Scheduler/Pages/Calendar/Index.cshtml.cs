using Cadence.Accounts.Contracts.Clients;
using Cadence.Accounts.Contracts.InstagramAccounts;
using Cadence.BuildingBlocks.Authorization;
using Cadence.BuildingBlocks.Infrastructure.Web;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Composer.Contracts.Posts;
using Cadence.Scheduler.Domain;
using Cadence.Scheduler.Features.Calendar;
using Cadence.Scheduler.Features.Scheduling;
using Htmx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Scheduler.Areas.Scheduler.Pages.Calendar;

[Authorize(Policy = Permission.ViewContent)]
internal sealed class IndexModel(
    CalendarEntries calendar,
    ICurrentAgency current,
    IClientDirectory clientDirectory,
    IInstagramAccountDirectory accountDirectory,
    IAuthorizationService authorization,
    TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "view")]
    public CalendarView View { get; set; } = CalendarView.Month;

    [BindProperty(SupportsGet = true, Name = "date")]
    public DateOnly? Date { get; set; }

    [BindProperty(SupportsGet = true, Name = "client")]
    public Guid? ClientId { get; set; }

    [BindProperty(SupportsGet = true, Name = "account")]
    public Guid? AccountId { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public TargetState? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "format")]
    public PublishFormat? Format { get; set; }

    public CalendarPeriod Period { get; private set; } = CalendarPeriod.Of(CalendarView.Month, DateOnly.MinValue);

    public IReadOnlyList<CalendarEntry> Entries { get; private set; } = [];

    public IReadOnlyList<ClientSummary> Clients { get; private set; } = [];

    public IReadOnlyList<InstagramAccountSummary> Accounts { get; private set; } = [];

    public bool CanMove { get; private set; }

    /// <summary>The post whose move failed, with what was typed and why, so its form shows them.</summary>
    public MoveAttempt? FailedMove { get; private set; }

    public string? Moved { get; private set; }

    public bool IsFiltered => AccountId is not null || Status is not null || Format is not null;

    public ClientSummary? SelectedClient => Clients.FirstOrDefault(c => c.ClientId == ClientId);

    public ILookup<DateOnly, CalendarEntry> EntriesByDay => Entries.ToLookup(e => e.Day);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        return this.PageOrPartial("_Calendar", this);
    }

    public async Task<IActionResult> OnPostMoveAsync(
        [FromForm] Guid postId, [FromForm] DateOnly? newDate, [FromForm] TimeOnly? newTime, [FromForm] AmbiguousTimeChoice? choice,
        [FromServices] SchedulePost schedule, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Permission.EditContent)).Succeeded)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (await calendar.FindClientOfAsync(postId, cancellationToken) is null)
        {
            return NotFound();
        }

        if (newDate is not { } date || newTime is not { } time)
        {
            FailedMove = new MoveAttempt(postId, newDate, newTime, [], newDate is null ? "Enter the new date." : null, newTime is null ? "Enter the new time." : null);
        }
        else
        {
            var moved = await schedule.AtAsync(postId, date, time, choice, cancellationToken);
            if (moved.Succeeded)
            {
                if (!Request.IsHtmx())
                {
                    return Redirect(Url.Page("./Index", RouteValues(Date))!);
                }

                Moved = $"Moved to {moved.Value.Local.Display}.";
            }
            else
            {
                var timeErrors = moved.Errors.Where(e => e.Field == ClockChangeMessages.Field).Select(e => e.Message).ToList();
                var others = moved.Errors.Where(e => e.Field != ClockChangeMessages.Field).Select(e => e.Message).ToList();
                FailedMove = new MoveAttempt(postId, newDate, newTime, others, null, timeErrors.Count > 0 ? string.Join(" ", timeErrors) : null);
            }
        }

        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        return Request.IsHtmx() ? Partial("_Calendar", this) : Page();
    }

    public string? PageUrl(CalendarView? view = null, DateOnly? date = null) =>
        Url.Page("./Index", RouteValues(date ?? Period.Anchor, view ?? View));

    public string? MoveUrl => Url.Page("./Index", "Move", RouteValues(Period.Anchor));

    private object RouteValues(DateOnly? date, CalendarView? view = null) => new
    {
        view = view ?? View,
        date = date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        client = ClientId,
        account = AccountId,
        status = Status,
        format = Format,
    };

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Clients = (await clientDirectory.ListActiveAsync(cancellationToken)).Where(c => current.CanAccessClient(c.ClientId)).OrderBy(c => c.Name).ToList();
        if (ClientId is not null && SelectedClient is null)
        {
            return false;
        }

        var accounts = new List<InstagramAccountSummary>();
        foreach (var client in ClientId is null ? Clients : [SelectedClient!])
        {
            accounts.AddRange(await accountDirectory.ListForClientAsync(client.ClientId, cancellationToken));
        }

        Accounts = accounts.OrderBy(a => a.Username).ToList();
        CanMove = (await authorization.AuthorizeAsync(User, Permission.EditContent)).Succeeded;
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(SelectedClient is { } selected ? ClientLocalTime.ToLocal(now, selected.TimeZoneId).Local : now);
        Period = CalendarPeriod.Of(View, Date ?? today);
        Entries = await calendar.ListAsync(new CalendarFilter(Period.From, Period.To, ClientId, AccountId, Status, Format), cancellationToken);
        return true;
    }
}
