using Cadence.BuildingBlocks.Tenancy;
using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Scheduler.Features.Alerts;

/// <summary>The current agency's alerts a member may see (a restricted member: their clients' and the dispatcher's), newest first.</summary>
internal sealed class AlertInbox(SchedulerDbContext db, ICurrentAgency current, TimeProvider clock)
{
    public const int PageSize = 100;

    public async Task<IReadOnlyList<PublishAlert>> ListAsync(CancellationToken cancellationToken) =>
        await Visible().OrderByDescending(a => a.CreatedAtUtc).ThenByDescending(a => a.Id).Take(PageSize).AsNoTracking().ToListAsync(cancellationToken);

    public Task<int> CountUnreadAsync(CancellationToken cancellationToken) =>
        current.AgencyId is null ? Task.FromResult(0) : Visible().CountAsync(a => a.ReadAtUtc == null, cancellationToken);

    /// <summary>Marks every alert the member can see as read; returns how many were unread.</summary>
    public async Task<int> MarkAllReadAsync(CancellationToken cancellationToken)
    {
        var unread = await Visible().Where(a => a.ReadAtUtc == null).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var alert in unread)
        {
            alert.ReadAtUtc = now;
            alert.ReadByUserId = current.UserId;
        }

        await db.SaveChangesAsync(cancellationToken);
        return unread.Count;
    }

    private IQueryable<PublishAlert> Visible()
    {
        var alerts = db.PublishAlerts.AsQueryable();
        if (current.ClientIds is { } clientIds)
        {
            var allowed = clientIds.ToList();
            alerts = alerts.Where(a => a.ClientId == null || allowed.Contains(a.ClientId.Value));
        }

        return alerts;
    }
}
