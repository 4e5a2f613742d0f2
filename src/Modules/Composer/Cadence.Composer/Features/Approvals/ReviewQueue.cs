using Cadence.Accounts.Contracts.Clients;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Composer.Data;
using Cadence.Composer.Domain;
using Cadence.Composer.Features.Posts;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Composer.Features.Approvals;

internal sealed record QueuedPost(Guid PostId, string ClientName, PostFormat Format, string CaptionStart, string Submitted, string SubmittedIso, string SubmittedBy);

/// <summary>What waits on the current member: posts they may approve, and what the agency's clients still have to approve.</summary>
internal sealed record ReviewQueueView(IReadOnlyList<QueuedPost> ToApprove, IReadOnlyList<QueuedPost> WithClient);

/// <summary>Posts in review across the member's clients, oldest submission first.</summary>
internal sealed class ReviewQueue(ComposerDbContext db, IClientDirectory clients, ICurrentAgency current)
{
    private const int Limit = 200;

    public async Task<ReviewQueueView> HandleAsync(CancellationToken cancellationToken)
    {
        var visible = (await clients.ListActiveAsync(cancellationToken)).ToDictionary(c => c.ClientId);
        var clientIds = visible.Keys.ToList();
        var settings = await db.ClientSettings.AsNoTracking().Where(s => clientIds.Contains(s.ClientId)).ToDictionaryAsync(s => s.ClientId, cancellationToken);
        var posts = await db.Posts.AsNoTracking()
            .Include(p => p.Activity)
            .Where(p => p.Status == ApprovalStatus.InReview && clientIds.Contains(p.ClientId))
            .OrderBy(p => p.SubmittedAtUtc)
            .Take(Limit)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        var toApprove = new List<QueuedPost>();
        var withClient = new List<QueuedPost>();
        foreach (var post in posts)
        {
            var setting = settings.GetValueOrDefault(post.ClientId);
            var policy = setting?.Policy ?? ApprovalPolicy.None;
            if (ApprovalRules.AwaitsTeam(post, policy) && ApprovalRules.MayDecide(current, post, setting))
            {
                toApprove.Add(Queued(post, visible[post.ClientId]));
            }
            else if (ApprovalRules.AwaitsClient(post, policy))
            {
                withClient.Add(Queued(post, visible[post.ClientId]));
            }
        }

        return new ReviewQueueView(toApprove, withClient);
    }

    private static QueuedPost Queued(Post post, ClientSummary client)
    {
        var submittedAt = post.SubmittedAtUtc ?? post.UpdatedAtUtc;
        var submitter = post.Activity.Where(a => a.Kind == PostActivityKind.Submitted).MaxBy(a => a.AtUtc)?.ActorName ?? "Someone";
        var caption = CaptionExcerpt.Of(post.Caption);
        return new QueuedPost(post.Id, client.Name, post.Format, caption, ClientClock.DateAndTime(submittedAt, client.TimeZoneId), ClientClock.Iso(submittedAt), submitter);
    }
}
