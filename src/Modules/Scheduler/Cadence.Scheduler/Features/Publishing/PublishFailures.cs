using Cadence.Accounts.Contracts.InstagramAccounts;
using Cadence.Instagram;
using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;

namespace Cadence.Scheduler.Features.Publishing;

/// <summary>Turns an Instagram refusal into a hold, a later attempt or a failure, and records why.</summary>
internal sealed class PublishFailures(SchedulerDbContext db, IInstagramAccountTokens tokens, PublishJournal journal)
{
    public async Task HandleAsync(PublishTarget target, InstagramError error, CancellationToken cancellationToken)
    {
        switch (error.Kind)
        {
            case InstagramErrorKind.TokenInvalid:
                await journal.HoldAsync(target, "Instagram rejected this account's token: reconnect the account. " + error.Message, cancellationToken);
                await tokens.ReportTokenRejectedAsync(target.AgencyId, target.InstagramAccountId, error.Message, cancellationToken);
                return;
            case InstagramErrorKind.PublishingQuotaReached:
                await DeferForQuotaAsync(target, null, cancellationToken);
                return;
            case InstagramErrorKind.RateLimited:
                await RetryLaterAsync(target, error, error.RetryAfter ?? PublishRetryPolicy.DefaultThrottleWait, "Instagram is throttling this account's calls.", cancellationToken);
                return;
            case InstagramErrorKind.MediaNotReady:
                target.Attempts++;
                await RetryLaterAsync(target, error, PublishRetryPolicy.PollDelay(target.Attempts), "Instagram is still processing the media.", cancellationToken);
                return;
            case InstagramErrorKind.ContainerUnavailable when target.State != TargetState.PublishAttempted:
                target.Attempts++;
                target.State = TargetState.Scheduled;
                target.PreparedContentVersion = null;
                await RetryLaterAsync(target, error, TimeSpan.Zero, "Instagram discarded the prepared media; making it again.", cancellationToken);
                return;
            case InstagramErrorKind.Transient:
                target.Attempts++;
                await RetryLaterAsync(target, error, PublishRetryPolicy.Backoff(target.Attempts), "Instagram could not be reached.", cancellationToken);
                return;
            default:
                await journal.FailAsync(target, error.UserMessage, cancellationToken);
                return;
        }
    }

    public async Task DeferForQuotaAsync(PublishTarget target, int? quotaTotal, CancellationToken cancellationToken)
    {
        // A slot that should already be free means posts made outside Cadence fill the window: look again a little later.
        var slot = await QuotaWindow.NextSlotAsync(db, target.InstagramAccountId, journal.Now, cancellationToken) is { } at && at > journal.Now ? at : (DateTime?)null;
        var next = slot ?? journal.Now + PublishRetryPolicy.QuotaWait;
        var limit = quotaTotal is { } total ? $"Instagram's 24-hour limit of {total} posts" : "Instagram's 24-hour limit";
        if (PublishRetryPolicy.ShouldGiveUp(0, target.DueAtUtc, next))
        {
            await journal.FailAsync(target, $"{limit} is reached and no slot frees before {journal.At(next)}: too late for this post.", cancellationToken);
            return;
        }

        target.NextAttemptAtUtc = next;
        target.Problem = slot is null
            ? $"{limit} is reached; trying again at {journal.At(next)}."
            : $"{limit} is reached; publishing at {journal.At(next)} when a slot frees.";
        journal.Log(target, "quota", "deferred", target.Problem);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task RetryLaterAsync(PublishTarget target, InstagramError error, TimeSpan wait, string problem, CancellationToken cancellationToken)
    {
        if (PublishRetryPolicy.ShouldGiveUp(target.Attempts, target.DueAtUtc, journal.Now + wait))
        {
            await journal.FailAsync(target, $"Gave up after {target.Attempts} attempts: {problem} ({error.Message})", cancellationToken);
            return;
        }

        target.NextAttemptAtUtc = journal.Now + wait;
        target.Problem = $"{problem} Trying again at {journal.At(target.NextAttemptAtUtc)}.";
        journal.Log(target, journal.Step, "retry later", $"{target.Problem} ({error.Message})");
        await db.SaveChangesAsync(cancellationToken);
    }
}
