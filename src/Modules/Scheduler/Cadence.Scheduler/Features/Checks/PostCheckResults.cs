using Cadence.Accounts.Contracts.Clients;
using Cadence.Accounts.Contracts.InstagramAccounts;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;
using Cadence.Scheduler.Features.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Scheduler.Features.Checks;

/// <summary>The checks of one post's open targets, to show and to run again on request (the member's agency only).</summary>
internal sealed class PostCheckResults(
    SchedulerDbContext db,
    ICurrentAgency current,
    IClientDirectory clients,
    IInstagramAccountDirectory accounts,
    PrePublishChecks checks)
{
    public async Task<PostChecksView> ForPostAsync(Guid postId, CancellationToken cancellationToken)
    {
        var booking = await db.ScheduledPosts.AsNoTracking().Include(p => p.Targets).SingleOrDefaultAsync(p => p.PostId == postId, cancellationToken);
        if (booking is null || !current.CanAccessClient(booking.ClientId) || await clients.FindAsync(booking.ClientId, cancellationToken) is not { } client)
        {
            return new PostChecksView(postId, false, []);
        }

        var names = (await accounts.ListForClientAsync(booking.ClientId, cancellationToken)).ToDictionary(a => a.AccountId, a => "@" + a.Username);
        var rows = booking.Targets
            .Where(t => t.State is TargetState.Scheduled or TargetState.Prepared or TargetState.Held)
            .Select(t => new AccountChecks(
                t.Id,
                names.GetValueOrDefault(t.InstagramAccountId, "An account no longer linked"),
                t.CheckedAtUtc is { } at ? ClientLocalTime.ToLocal(at, client.TimeZoneId) : null,
                t.CheckProblems))
            .ToList();
        return new PostChecksView(postId, true, rows);
    }

    /// <summary>Runs the checks of the post's open targets now; false when the member has no such booked post.</summary>
    public async Task<bool> RunNowAsync(Guid postId, CancellationToken cancellationToken)
    {
        var view = await ForPostAsync(postId, cancellationToken);
        if (!view.IsBooked || current.AgencyId is not { } agencyId)
        {
            return false;
        }

        foreach (var account in view.Accounts)
        {
            await checks.RunAsync(agencyId, account.TargetId, cancellationToken);
        }

        return true;
    }
}
