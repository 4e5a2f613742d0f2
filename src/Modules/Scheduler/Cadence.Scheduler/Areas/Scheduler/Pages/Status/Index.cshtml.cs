using Cadence.Accounts.Contracts.Clients;
using Cadence.BuildingBlocks.Authorization;
using Cadence.BuildingBlocks.Infrastructure.Web;
using Cadence.Scheduler.Features.Health;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Scheduler.Areas.Scheduler.Pages.Status;

/// <summary>For Admins: each dispatcher node's last beat, the agency's overdue posts and its publish targets by state.</summary>
[Authorize(Policy = Permission.ManageTeam)]
internal sealed class IndexModel(SchedulerStatusBoard board, IClientDirectory clients, TimeProvider clock) : PageModel
{
    public SchedulerStatus Status { get; private set; } = null!;

    public IReadOnlyDictionary<Guid, string> ClientNames { get; private set; } = new Dictionary<Guid, string>();

    public DateTime NowUtc { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        NowUtc = clock.GetUtcNow().UtcDateTime;
        Status = await board.LoadAsync(cancellationToken);
        ClientNames = (await clients.ListActiveAsync(cancellationToken)).ToDictionary(c => c.ClientId, c => c.Name);
        return this.PageOrPartial("_Status");
    }

    public static string Ago(DateTime thenUtc, DateTime nowUtc)
    {
        var gap = nowUtc - thenUtc;
        return gap.TotalMinutes < 1 ? $"{Math.Max(0, (int)gap.TotalSeconds)} s ago" : $"{DispatcherHealthRules.WholeMinutes(gap)} min ago";
    }
}
