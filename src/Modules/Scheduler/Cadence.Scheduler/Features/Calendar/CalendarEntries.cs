using Cadence.Accounts.Contracts.Clients;
using Cadence.Accounts.Contracts.InstagramAccounts;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Composer.Contracts.Posts;
using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;
using Cadence.Scheduler.Features.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Scheduler.Features.Calendar;

/// <summary>The booked posts of the clients the member may see, placed on each client's own local days.</summary>
internal sealed class CalendarEntries(
    SchedulerDbContext db,
    ICurrentAgency current,
    IClientDirectory clients,
    IInstagramAccountDirectory accounts,
    IPostCatalog catalog)
{
    // No zone is more than 14 hours from UTC, so this window holds every local day asked for.
    private static readonly TimeSpan ZoneMargin = TimeSpan.FromHours(15);

    public async Task<IReadOnlyList<CalendarEntry>> ListAsync(CalendarFilter filter, CancellationToken cancellationToken)
    {
        var visible = (await clients.ListActiveAsync(cancellationToken))
            .Where(c => current.CanAccessClient(c.ClientId) && (filter.ClientId is null || c.ClientId == filter.ClientId))
            .ToDictionary(c => c.ClientId);
        if (visible.Count == 0)
        {
            return [];
        }

        var fromUtc = filter.From.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - ZoneMargin;
        var toUtc = filter.To.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) + ZoneMargin;
        var clientIds = visible.Keys.ToList();
        var bookings = await db.ScheduledPosts.AsNoTracking().Include(p => p.Targets)
            .Where(p => clientIds.Contains(p.ClientId) && p.DueAtUtc >= fromUtc && p.DueAtUtc < toUtc)
            .OrderBy(p => p.DueAtUtc)
            .ToListAsync(cancellationToken);

        var usernames = new Dictionary<Guid, string>();
        foreach (var clientId in bookings.Select(b => b.ClientId).Distinct())
        {
            foreach (var account in await accounts.ListForClientAsync(clientId, cancellationToken))
            {
                usernames[account.AccountId] = account.Username;
            }
        }

        var cards = (await catalog.GetAsync(bookings.Select(b => b.PostId).ToList(), cancellationToken)).ToDictionary(c => c.PostId);
        var entries = new List<CalendarEntry>();
        foreach (var booking in bookings)
        {
            var client = visible[booking.ClientId];
            var local = ClientLocalTime.ToLocal(booking.DueAtUtc, client.TimeZoneId);
            var day = DateOnly.FromDateTime(local.Local);
            var card = cards.GetValueOrDefault(booking.PostId);
            var targets = booking.Targets
                .Where(t => filter.Status is { } status ? t.State == status : t.State != TargetState.Cancelled)
                .Where(t => filter.AccountId is null || t.InstagramAccountId == filter.AccountId)
                .Select(t => new CalendarTarget(t.InstagramAccountId, usernames.GetValueOrDefault(t.InstagramAccountId, "unknown account"), t.State, t.Problem, t.Permalink)
                {
                    CheckProblems = t.State is TargetState.Scheduled or TargetState.Prepared or TargetState.Held ? t.CheckProblems : [],
                })
                .ToList();
            if (day < filter.From || day > filter.To || targets.Count == 0 || (filter.Format is { } format && card?.Format != format))
            {
                continue;
            }

            entries.Add(new CalendarEntry(booking.PostId, booking.ClientId, client.Name, booking.DueAtUtc, local, card, targets));
        }

        return entries;
    }

    /// <summary>The booking's client when the member may see it; null for another agency's or a hidden client's post.</summary>
    public async Task<ClientSummary?> FindClientOfAsync(Guid postId, CancellationToken cancellationToken)
    {
        var clientId = await db.ScheduledPosts.AsNoTracking().Where(p => p.PostId == postId).Select(p => (Guid?)p.ClientId).SingleOrDefaultAsync(cancellationToken);
        return clientId is { } id && current.CanAccessClient(id) ? await clients.FindAsync(id, cancellationToken) : null;
    }
}
