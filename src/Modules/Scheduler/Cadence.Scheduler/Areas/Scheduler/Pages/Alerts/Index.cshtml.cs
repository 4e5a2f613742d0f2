using Cadence.Accounts.Contracts.Clients;
using Cadence.BuildingBlocks.Authorization;
using Cadence.BuildingBlocks.Infrastructure.Web;
using Cadence.Scheduler.Domain;
using Cadence.Scheduler.Features.Alerts;
using Cadence.Scheduler.Features.Scheduling;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Scheduler.Areas.Scheduler.Pages.Alerts;

internal sealed record AlertView(PublishAlert Alert, string When, string? ClientName);

/// <summary>The agency's publishing alerts, newest first, and "mark all read".</summary>
[Authorize(Policy = Permission.ViewContent)]
internal sealed class IndexModel(AlertInbox inbox, IClientDirectory clients, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<AlertView> Alerts { get; private set; } = [];

    /// <summary>Alerts about the dispatcher link to the status page, which only Admins may open.</summary>
    public bool CanSeeStatus { get; private set; }

    public int Unread => Alerts.Count(a => a.Alert.ReadAtUtc is null);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return this.PageOrPartial("_Alerts");
    }

    public async Task<IActionResult> OnPostMarkAllReadAsync(CancellationToken cancellationToken)
    {
        var marked = await inbox.MarkAllReadAsync(cancellationToken);
        Toast.Show(this, marked == 1 ? "1 alert marked read" : $"{marked} alerts marked read");
        if (!Request.Headers.ContainsKey("HX-Request"))
        {
            return Redirect(Url.Page("./Index") ?? "/");
        }

        await LoadAsync(cancellationToken);
        return Partial("_Alerts", this);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        CanSeeStatus = (await authorization.AuthorizeAsync(User, Permission.ManageTeam)).Succeeded;
        var clientList = (await clients.ListActiveAsync(cancellationToken)).ToDictionary(c => c.ClientId);
        Alerts = (await inbox.ListAsync(cancellationToken)).Select(alert =>
        {
            var client = alert.ClientId is { } id ? clientList.GetValueOrDefault(id) : null;
            var zone = (client is null ? null : ClientTimeZone.Find(client.TimeZoneId)) ?? ClientTimeZone.Utc;
            var local = TimeZoneInfo.ConvertTimeFromUtc(alert.CreatedAtUtc, zone.Zone);
            return new AlertView(alert, $"{LocalTimeFormat.Day(local)}, {LocalTimeFormat.Time(local)} ({zone.Place})", client?.Name);
        }).ToList();
    }
}
