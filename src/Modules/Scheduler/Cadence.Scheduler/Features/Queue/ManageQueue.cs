using System.Globalization;
using Cadence.Accounts.Contracts.Clients;
using Cadence.Accounts.Contracts.InstagramAccounts;
using Cadence.BuildingBlocks.Results;
using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;
using Cadence.Scheduler.Features.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Scheduler.Features.Queue;

/// <summary>
/// An account's weekly slots, pause switch and queued posts. Every slot change or reorder reflows the queue, so queued
/// posts always sit on the account's next free slots in their order. An account the member may not see is not found.
/// </summary>
internal sealed class ManageQueue(SchedulerDbContext db, IClientDirectory clients, IInstagramAccountDirectory accounts, TimeProvider clock)
{
    public const string TimeField = "Input.Time";
    public const string DaysField = "Input.Days";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<QueueBoard?> LoadAsync(Guid accountId, CancellationToken cancellationToken)
    {
        if (await FindAsync(accountId, cancellationToken) is not var (account, client))
        {
            return null;
        }

        var slots = await db.QueueSlots.AsNoTracking().Where(s => s.InstagramAccountId == accountId).ToListAsync(cancellationToken);
        var paused = await db.AccountQueues.AnyAsync(q => q.InstagramAccountId == accountId && q.IsPaused, cancellationToken);
        var zone = ClientTimeZone.Find(client.TimeZoneId) ?? ClientTimeZone.Utc;
        var posts = (await QueuedAsync(accountId, tracked: false, cancellationToken))
            .Select(p => new QueuedPostView(p.Id, p.PostId, p.DueAtUtc, ClientLocalTime.ToLocal(p.DueAtUtc, zone).Display, CanMove(p)))
            .ToList();
        var ordered = slots.OrderBy(s => ((int)s.Day + 6) % 7).ThenBy(s => s.MinuteOfDay).Select(s => new QueueSlotView(s.Id, s.Day, s.MinuteOfDay)).ToList();
        return new QueueBoard(account, client, paused, ordered, posts);
    }

    public async Task<Result> AddSlotsAsync(Guid accountId, QueueSlotInput input, CancellationToken cancellationToken)
    {
        if (await FindAsync(accountId, cancellationToken) is not var (account, client))
        {
            return Result.Failure(Error.NotFound("Account"));
        }

        var errors = new List<Error>();
        var days = input.Days.Distinct().ToList();
        if (days.Count == 0)
        {
            errors.Add(Error.Validation(DaysField, "Choose at least one day."));
        }

        if (string.IsNullOrWhiteSpace(input.Time))
        {
            errors.Add(Error.Validation(TimeField, "Enter a time, such as 09:00."));
        }
        else if (!TimeOnly.TryParseExact(input.Time.Trim(), ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            errors.Add(Error.Validation(TimeField, $"\"{input.Time}\" isn't a time: use hours and minutes, such as 09:00."));
        }
        else
        {
            var minute = time.Hour * 60 + time.Minute;
            var existing = await db.QueueSlots.Where(s => s.InstagramAccountId == accountId && s.MinuteOfDay == minute).Select(s => s.Day).ToListAsync(cancellationToken);
            var duplicates = days.Where(existing.Contains).ToList();
            if (duplicates.Count > 0)
            {
                var label = new QueueSlotView(Guid.Empty, duplicates[0], minute).Time;
                errors.Add(Error.Validation(TimeField, $"@{account.Username} already has a slot at {label} on {string.Join(", ", duplicates)}."));
            }
            else if (errors.Count == 0)
            {
                foreach (var day in days)
                {
                    db.QueueSlots.Add(new WeeklySlot { AgencyId = account.AgencyId, InstagramAccountId = accountId, Day = day, MinuteOfDay = minute });
                }
            }
        }

        if (errors.Count > 0)
        {
            return Result.Failure(errors);
        }

        await db.SaveChangesAsync(cancellationToken);
        await ReflowAsync(accountId, client, cancellationToken);
        return Result.Success();
    }

    public async Task<Result<string>> RemoveSlotAsync(Guid accountId, Guid slotId, CancellationToken cancellationToken)
    {
        if (await FindAsync(accountId, cancellationToken) is not var (_, client)
            || await db.QueueSlots.SingleOrDefaultAsync(s => s.Id == slotId && s.InstagramAccountId == accountId, cancellationToken) is not { } slot)
        {
            return Error.NotFound("Slot");
        }

        db.QueueSlots.Remove(slot);
        await db.SaveChangesAsync(cancellationToken);
        await ReflowAsync(accountId, client, cancellationToken);
        return new QueueSlotView(slot.Id, slot.Day, slot.MinuteOfDay).Label;
    }

    public async Task<Result> SetPausedAsync(Guid accountId, bool paused, CancellationToken cancellationToken)
    {
        if (await FindAsync(accountId, cancellationToken) is not var (account, client))
        {
            return Result.Failure(Error.NotFound("Account"));
        }

        var queue = await db.AccountQueues.SingleOrDefaultAsync(q => q.InstagramAccountId == accountId, cancellationToken);
        if (queue is null)
        {
            queue = new AccountQueue { InstagramAccountId = accountId, AgencyId = account.AgencyId, ClientId = account.ClientId };
            db.AccountQueues.Add(queue);
        }

        queue.IsPaused = paused;
        var queued = await QueuedAsync(accountId, tracked: true, cancellationToken);
        if (paused)
        {
            HoldQueued(queued, accountId);
        }
        else
        {
            ReleaseQueued(queued, accountId);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (!paused)
        {
            await ReflowAsync(accountId, client, cancellationToken);
        }

        return Result.Success();
    }

    /// <summary>Swaps a queued post's time with its neighbour's, then reflows so both sit on slots.</summary>
    public async Task<Result> MoveAsync(Guid accountId, Guid scheduledPostId, bool up, CancellationToken cancellationToken)
    {
        if (await FindAsync(accountId, cancellationToken) is not var (_, client))
        {
            return Result.Failure(Error.NotFound("Account"));
        }

        var queue = (await QueuedAsync(accountId, tracked: true, cancellationToken)).Where(CanMove).ToList();
        var index = queue.FindIndex(p => p.Id == scheduledPostId);
        if (index < 0)
        {
            return Result.Failure(Error.NotFound("Queued post"));
        }

        var other = up ? index - 1 : index + 1;
        if (other < 0 || other >= queue.Count)
        {
            return Result.Failure(Error.Conflict(up ? "This post is already first in the queue." : "This post is already last in the queue."));
        }

        var (first, second) = (queue[index], queue[other]);
        var firstDue = first.DueAtUtc;
        SetDue(first, second.DueAtUtc);
        SetDue(second, firstDue);
        await db.SaveChangesAsync(cancellationToken);
        await ReflowAsync(accountId, client, cancellationToken);
        return Result.Success();
    }

    // Posts already publishing elsewhere keep going; the rest wait for the queue to resume.
    private void HoldQueued(IEnumerable<ScheduledPost> queued, Guid accountId)
    {
        foreach (var target in queued.Where(CanMove).SelectMany(p => p.Targets).Where(t => t.InstagramAccountId == accountId))
        {
            PausedQueues.Hold(db, target, Now);
        }
    }

    // Released at their old times for a moment; the reflow that follows puts them on the next free slots.
    private void ReleaseQueued(IEnumerable<ScheduledPost> queued, Guid accountId)
    {
        foreach (var target in queued.SelectMany(p => p.Targets).Where(t => t.InstagramAccountId == accountId && PausedQueues.IsHeldByPause(t)))
        {
            ScheduleTargets.Reset(target, target.DueAtUtc);
            TargetHistory.Record(db, target, "released", "The queue was resumed.", Now);
        }
    }

    private async Task<(InstagramAccountSummary Account, ClientSummary Client)?> FindAsync(Guid accountId, CancellationToken cancellationToken)
    {
        if (await accounts.FindAsync(accountId, cancellationToken) is not { } account
            || await clients.FindAsync(account.ClientId, cancellationToken) is not { } client)
        {
            return null;
        }

        return (account, client);
    }

    // Queued for this account and not yet publishing there, in time order.
    private async Task<List<ScheduledPost>> QueuedAsync(Guid accountId, bool tracked, CancellationToken cancellationToken)
    {
        var query = db.ScheduledPosts.Include(p => p.Targets)
            .Where(p => p.Mode == ScheduleMode.Queue)
            .Where(p => p.Targets.Any(t => t.InstagramAccountId == accountId
                && (t.State == TargetState.Scheduled || t.State == TargetState.Prepared || t.State == TargetState.Held)));
        var list = await (tracked ? query : query.AsNoTracking()).ToListAsync(cancellationToken);
        return list.OrderBy(p => p.DueAtUtc).ThenBy(p => p.Id).ToList();
    }

    // Only posts whose every account is still just waiting (or prepared) may move; a started or leased one keeps its time.
    private bool CanMove(ScheduledPost post) =>
        post.Targets.Where(t => t.State != TargetState.Cancelled).All(t => t.State is TargetState.Scheduled or TargetState.Prepared && !ScheduleTargets.IsLeased(t, Now));

    private async Task ReflowAsync(Guid accountId, ClientSummary client, CancellationToken cancellationToken)
    {
        var weekly = await db.QueueSlots.AsNoTracking().Where(s => s.InstagramAccountId == accountId).ToListAsync(cancellationToken);
        var slots = QueueSlots.Create(weekly.Select(s => new QueueSlot(s.Day, TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(s.MinuteOfDay)))).ToList(), client.TimeZoneId);
        if (!slots.Succeeded)
        {
            // No slots left: queued posts keep their times until a slot is added.
            return;
        }

        var queue = (await QueuedAsync(accountId, tracked: true, cancellationToken)).Where(CanMove).ToList();
        var moving = queue.Select(p => p.Id).ToList();
        var taken = await db.PublishTargets.AsNoTracking()
            .Where(t => t.InstagramAccountId == accountId && t.State != TargetState.Cancelled && !moving.Contains(t.ScheduledPostId))
            .Select(t => t.DueAtUtc)
            .ToListAsync(cancellationToken);
        foreach (var placed in slots.Value.Reflow(queue, taken, clock.GetUtcNow()))
        {
            if (placed.Item.DueAtUtc != placed.SlotUtc)
            {
                SetDue(placed.Item, placed.SlotUtc);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static void SetDue(ScheduledPost post, DateTime dueAtUtc)
    {
        post.DueAtUtc = dueAtUtc;
        foreach (var target in post.Targets.Where(t => t.State is TargetState.Scheduled or TargetState.Prepared))
        {
            ScheduleTargets.Reset(target, dueAtUtc);
        }
    }
}
