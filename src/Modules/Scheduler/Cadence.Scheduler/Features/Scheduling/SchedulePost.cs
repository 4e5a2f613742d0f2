using Cadence.Accounts.Contracts.Clients;
using Cadence.Accounts.Contracts.InstagramAccounts;
using Cadence.BuildingBlocks.Results;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Composer.Contracts.Posts;
using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Scheduler.Features.Scheduling;

/// <summary>
/// Books a post for a time on the client's clock, right now, or the next free queue slot — or moves its booking, as
/// long as no publish call has been made for any of its accounts. Every account gets a publish target of its own.
/// </summary>
internal sealed class SchedulePost(
    SchedulerDbContext db,
    ICurrentAgency current,
    IPublishablePosts posts,
    IClientDirectory clients,
    IInstagramAccountDirectory accounts,
    TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<Result<ScheduledTime>> AtAsync(Guid postId, DateOnly date, TimeOnly time, AmbiguousTimeChoice? choice, CancellationToken cancellationToken)
    {
        var candidate = await CheckAsync(postId, cancellationToken);
        if (!candidate.Succeeded)
        {
            return Result.Failure<ScheduledTime>(candidate.Errors);
        }

        // Time problems are reported with the post's, so a form shows everything to fix at once.
        var (_, client, _, problems) = candidate.Value;
        var errors = problems.ToList();
        var due = ClientLocalTime.ToUtc(date, time, client.TimeZoneId, choice);
        if (!due.Succeeded)
        {
            errors.AddRange(due.Errors);
        }
        else if (due.Value <= Now)
        {
            var local = ClientLocalTime.ToLocal(due.Value, client.TimeZoneId);
            errors.Add(Error.Validation(ClockChangeMessages.Field, $"{local.Display} has already passed: choose a later time."));
        }

        return errors.Count > 0 ? Result.Failure<ScheduledTime>(errors) : await BookAsync(candidate.Value, ScheduleMode.At, due.Value, cancellationToken);
    }

    public async Task<Result<ScheduledTime>> NowAsync(Guid postId, CancellationToken cancellationToken)
    {
        var candidate = await CheckAsync(postId, cancellationToken);
        if (!candidate.Succeeded || candidate.Value.Problems.Count > 0)
        {
            return Result.Failure<ScheduledTime>(candidate.Succeeded ? candidate.Value.Problems : candidate.Errors);
        }

        return await BookAsync(candidate.Value, ScheduleMode.Now, Now, cancellationToken);
    }

    /// <summary>The next free weekly slot of the post's first account; the other accounts publish at the same instant.</summary>
    public async Task<Result<ScheduledTime>> ToQueueAsync(Guid postId, CancellationToken cancellationToken)
    {
        var candidate = await CheckAsync(postId, cancellationToken);
        if (!candidate.Succeeded || candidate.Value.Problems.Count > 0)
        {
            return Result.Failure<ScheduledTime>(candidate.Succeeded ? candidate.Value.Problems : candidate.Errors);
        }

        var slot = await NextQueueSlotAsync(candidate.Value, cancellationToken);
        return slot.Succeeded ? await BookAsync(candidate.Value, ScheduleMode.Queue, slot.Value, cancellationToken) : Result.Failure<ScheduledTime>(slot.Errors);
    }

    private async Task<Result<Candidate>> CheckAsync(Guid postId, CancellationToken cancellationToken)
    {
        if (current.AgencyId is not { } agencyId)
        {
            return Error.NotFound("Post");
        }

        var found = await posts.GetAsync(agencyId, postId, cancellationToken);
        if (!found.Succeeded)
        {
            return Result.Failure<Candidate>(found.Errors);
        }

        var post = found.Value;
        if (post.AgencyId != agencyId || await clients.FindAsync(post.ClientId, cancellationToken) is not { } client)
        {
            return Error.NotFound("Post");
        }

        var problems = new List<Error>();
        if (client.IsArchived)
        {
            problems.Add(Error.Conflict($"{client.Name} is archived: restore the client to schedule its posts."));
        }

        if (!post.IsApproved)
        {
            problems.Add(Error.Conflict("This post isn't approved yet: it can be scheduled once it is approved.", "Post"));
        }

        problems.AddRange(post.Problems.Select(problem => Error.Validation("Post", problem)));
        if (post.Accounts.Count == 0)
        {
            problems.Add(Error.Validation("Accounts", "Choose at least one Instagram account for this post."));
        }

        var summaries = new List<InstagramAccountSummary>();
        foreach (var account in post.Accounts)
        {
            var summary = await accounts.FindAsync(account.InstagramAccountId, cancellationToken);
            if (summary is null || summary.ClientId != post.ClientId)
            {
                problems.Add(Error.Validation("Accounts", "One of the post's Instagram accounts is no longer linked to this client: remove it from the post."));
            }
            else if (!summary.CanPublish)
            {
                problems.Add(Error.Validation("Accounts", CannotPublish(summary)));
            }
            else
            {
                summaries.Add(summary);
            }
        }

        return new Candidate(post, client, summaries, problems);
    }

    public static string CannotPublish(InstagramAccountSummary account) => account.Status switch
    {
        InstagramAccountStatus.NeedsReconnection => $"@{account.Username} needs reconnecting before it can publish.",
        InstagramAccountStatus.Disconnected => $"@{account.Username} is disconnected: link it again or remove it from the post.",
        _ => $"@{account.Username} hasn't allowed Cadence to publish: reconnect it and allow publishing.",
    };

    private async Task<Result<DateTime>> NextQueueSlotAsync(Candidate candidate, CancellationToken cancellationToken)
    {
        var account = candidate.Accounts[0];
        if (await db.AccountQueues.AnyAsync(q => q.InstagramAccountId == account.AccountId && q.IsPaused, cancellationToken))
        {
            return Error.Conflict($"@{account.Username}'s queue is paused: resume it, or choose a time instead.", "Queue");
        }

        var weekly = await db.QueueSlots.AsNoTracking().Where(s => s.InstagramAccountId == account.AccountId).ToListAsync(cancellationToken);
        if (weekly.Count == 0)
        {
            return Error.Validation("Queue", $"@{account.Username} has no queue times yet: add weekly time slots, or choose a time instead.");
        }

        var slots = QueueSlots.Create(weekly.Select(s => new QueueSlot(s.Day, TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(s.MinuteOfDay)))).ToList(), candidate.Client.TimeZoneId);
        if (!slots.Succeeded)
        {
            return Result.Failure<DateTime>(slots.Errors);
        }

        var postId = candidate.Post.PostId;
        var taken = await db.PublishTargets.AsNoTracking()
            .Where(t => t.InstagramAccountId == account.AccountId && t.State != TargetState.Cancelled)
            .Where(t => !db.ScheduledPosts.Any(p => p.Id == t.ScheduledPostId && p.PostId == postId))
            .Select(t => t.DueAtUtc)
            .ToListAsync(cancellationToken);
        return slots.Value.NextFree(taken, clock.GetUtcNow(), 1)[0];
    }

    private async Task<Result<ScheduledTime>> BookAsync(Candidate candidate, ScheduleMode mode, DateTime dueAtUtc, CancellationToken cancellationToken)
    {
        var post = candidate.Post;
        var booking = await db.ScheduledPosts.Include(p => p.Targets).SingleOrDefaultAsync(p => p.PostId == post.PostId, cancellationToken);
        if (booking is null)
        {
            booking = new ScheduledPost
            {
                AgencyId = post.AgencyId, ClientId = post.ClientId, PostId = post.PostId, CreatedAtUtc = Now, CreatedByUserId = current.UserId,
            };
            db.ScheduledPosts.Add(booking);
        }
        else if (booking.Targets.Any(t => t.State == TargetState.PublishAttempted))
        {
            return Error.Conflict("Publishing has already started for this post, so its time can no longer change.");
        }
        else if (post.Accounts.All(a => booking.Targets.Any(t => t.InstagramAccountId == a.InstagramAccountId && t.State == TargetState.Published)))
        {
            return Error.Conflict("This post is already published to every account.");
        }
        else if (booking.Targets.Any(t => ScheduleTargets.IsLeased(t, Now)))
        {
            return Error.Conflict("This post is being prepared for publishing right now; try again in a minute.");
        }

        booking.Mode = mode;
        booking.DueAtUtc = dueAtUtc;
        booking.ContentVersion = post.ContentVersion;
        MatchTargets(booking, post, dueAtUtc);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique (agency, post) index: someone booked the same post a moment ago.
            return Error.Conflict("This post was just scheduled by someone else; reload to see its time.");
        }

        return new ScheduledTime(booking.Id, mode, dueAtUtc, ClientLocalTime.ToLocal(dueAtUtc, candidate.Client.TimeZoneId));
    }

    // Accounts added to the post since it was booked get a target; accounts taken off it keep theirs, cancelled.
    // Published accounts are left alone; failed and missed ones start again (with fresh containers, or reconciliation
    // first when a publish call's outcome was never settled).
    private void MatchTargets(ScheduledPost booking, PublishablePost post, DateTime dueAtUtc)
    {
        var accountIds = post.Accounts.Select(a => a.InstagramAccountId).ToHashSet();
        foreach (var target in booking.Targets)
        {
            if (target.State == TargetState.Published)
            {
                accountIds.Remove(target.InstagramAccountId);
            }
            else if (accountIds.Remove(target.InstagramAccountId))
            {
                if (ScheduleTargets.IsRetryable(target))
                {
                    TargetHistory.Record(db, target, "rescheduled", $"Booked again after it was {target.State.ToString().ToLowerInvariant()}.", Now);
                }

                ScheduleTargets.Rebook(target, dueAtUtc, Now);
            }
            else if (target.State != TargetState.Cancelled)
            {
                target.State = TargetState.Cancelled;
                target.Problem = SchedulingMessages.NoLongerAnAccount;
            }
        }

        foreach (var accountId in accountIds)
        {
            var target = new PublishTarget
            {
                AgencyId = booking.AgencyId, ScheduledPostId = booking.Id, InstagramAccountId = accountId,
                State = TargetState.Scheduled, DueAtUtc = dueAtUtc, NextAttemptAtUtc = dueAtUtc,
            };
            booking.Targets.Add(target);
            db.PublishTargets.Add(target);
        }
    }

    private sealed record Candidate(PublishablePost Post, ClientSummary Client, IReadOnlyList<InstagramAccountSummary> Accounts, IReadOnlyList<Error> Problems);
}
