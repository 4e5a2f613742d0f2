using Cadence.BuildingBlocks.Events;
using Cadence.BuildingBlocks.Infrastructure.Persistence;
using Cadence.BuildingBlocks.Results;
using Cadence.Composer.Contracts.Posts;

namespace Cadence.Composer.Domain;

/// <summary>
/// A post for one client, going to one or more of its Instagram accounts, and where it stands in approval. Every change
/// to what would be published raises the content version; approved content that changes goes back to review.
/// </summary>
internal sealed class Post : IAgencyOwned
{
    private readonly List<IntegrationEvent> _events = [];

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid AgencyId { get; init; }

    public Guid ClientId { get; init; }

    public PostFormat Format { get; set; }

    public string Caption { get; set; } = string.Empty;

    public string? FirstComment { get; set; }

    /// <summary>The id of a Facebook Page with location data, as Instagram's location_id takes it.</summary>
    public string? LocationId { get; set; }

    public string? LocationName { get; set; }

    public List<string> Collaborators { get; set; } = [];

    /// <summary>A reel's cover image; wins over <see cref="ThumbOffsetMs"/>.</summary>
    public Guid? CoverMediaAssetId { get; set; }

    public int? ThumbOffsetMs { get; set; }

    /// <summary>A reel shows in the feed as well as the Reels tab.</summary>
    public bool ShareToFeed { get; set; } = true;

    public string? AudioName { get; set; }

    /// <summary>Set when the reel is a trial reel, shown first to non-followers.</summary>
    public TrialStrategy? Trial { get; set; }

    public List<PostItem> Items { get; init; } = [];

    public List<PostAccount> Accounts { get; init; } = [];

    public List<PostActivity> Activity { get; init; } = [];

    public ApprovalStatus Status { get; private set; }

    public int ContentVersion { get; private set; } = 1;

    public DateTime? SubmittedAtUtc { get; private set; }

    public DateTime? TeamApprovedAtUtc { get; private set; }

    public DateTime? ClientApprovedAtUtc { get; private set; }

    public DateTime CreatedAtUtc { get; init; }

    public Guid? CreatedByUserId { get; init; }

    public DateTime UpdatedAtUtc { get; private set; }

    public Guid? UpdatedByUserId { get; private set; }

    /// <summary>Events to write to the outbox with the next save.</summary>
    public IReadOnlyList<IntegrationEvent> PendingEvents => _events;

    public IEnumerable<PostItem> OrderedItems => Items.OrderBy(i => i.Position);

    public void Created(Actor actor, DateTime nowUtc, PostActivityKind kind = PostActivityKind.Created)
    {
        UpdatedAtUtc = nowUtc;
        UpdatedByUserId = actor.UserId;
        Record(kind, actor, nowUtc);
    }

    /// <summary>Call after changing what would be published; <paramref name="details"/> says what changed, in words.</summary>
    public void ContentChanged(ApprovalPolicy policy, Actor actor, DateTime nowUtc, string details)
    {
        ContentVersion++;
        UpdatedAtUtc = nowUtc;
        UpdatedByUserId = actor.UserId;
        Record(PostActivityKind.Edited, actor, nowUtc, details: details);

        if (Status is ApprovalStatus.Approved or ApprovalStatus.InReview && policy.RequiresApproval)
        {
            var wasApproved = Status == ApprovalStatus.Approved;
            Status = ApprovalStatus.InReview;
            TeamApprovedAtUtc = null;
            ClientApprovedAtUtc = null;
            if (wasApproved)
            {
                Record(PostActivityKind.ReturnedToReview, actor, nowUtc);
            }
        }

        Raise(new PostContentChanged(Id, ClientId, ContentVersion, Status == ApprovalStatus.Approved) { AgencyId = AgencyId, OccurredAtUtc = nowUtc });
    }

    /// <summary>Sends the post for approval, or approves it at once when the client needs none. Validity is the caller's check.</summary>
    public Result Submit(ApprovalPolicy policy, Actor actor, DateTime nowUtc, string? comment = null)
    {
        if (Status is not (ApprovalStatus.Draft or ApprovalStatus.ChangesRequested))
        {
            return Result.Failure(Error.Conflict("This post has already been submitted."));
        }

        SubmittedAtUtc = nowUtc;
        TeamApprovedAtUtc = null;
        ClientApprovedAtUtc = null;
        Status = ApprovalStatus.InReview;
        Record(PostActivityKind.Submitted, actor, nowUtc, comment);
        CompleteWhenApproved(policy, nowUtc);
        return Result.Success();
    }

    public Result Approve(ApprovalPolicy policy, Actor actor, DateTime nowUtc, string? comment = null)
    {
        if (Status != ApprovalStatus.InReview)
        {
            return Result.Failure(Error.Conflict("Only a post in review can be approved."));
        }

        if (actor.IsClient)
        {
            ClientApprovedAtUtc = nowUtc;
            Record(PostActivityKind.ClientApproved, actor, nowUtc, comment);
        }
        else
        {
            TeamApprovedAtUtc = nowUtc;
            Record(PostActivityKind.Approved, actor, nowUtc, comment);
        }

        CompleteWhenApproved(policy, nowUtc);
        return Result.Success();
    }

    public Result RequestChanges(Actor actor, DateTime nowUtc, string comment)
    {
        if (Status is not (ApprovalStatus.InReview or ApprovalStatus.Approved))
        {
            return Result.Failure(Error.Conflict("Only a post in review or approved can be sent back for changes."));
        }

        if (string.IsNullOrWhiteSpace(comment))
        {
            return Result.Failure(Error.Validation("Comment", "Say what should change."));
        }

        Status = ApprovalStatus.ChangesRequested;
        TeamApprovedAtUtc = null;
        ClientApprovedAtUtc = null;
        Record(actor.IsClient ? PostActivityKind.ClientRequestedChanges : PostActivityKind.ChangesRequested, actor, nowUtc, comment);
        return Result.Success();
    }

    public void Record(PostActivityKind kind, Actor actor, DateTime nowUtc, string? comment = null, string? details = null) =>
        Activity.Add(new PostActivity
        {
            AgencyId = AgencyId,
            PostId = Id,
            Kind = kind,
            AtUtc = nowUtc,
            ActorUserId = actor.UserId,
            ActorName = actor.Name,
            Comment = comment,
            Details = details,
            ContentVersion = ContentVersion,
        });

    public void ClearPendingEvents() => _events.Clear();

    private void CompleteWhenApproved(ApprovalPolicy policy, DateTime nowUtc)
    {
        var teamDone = !policy.RequireTeamApproval || TeamApprovedAtUtc is not null;
        var clientDone = !policy.RequireClientApproval || ClientApprovedAtUtc is not null;
        if (teamDone && clientDone)
        {
            Status = ApprovalStatus.Approved;
            Raise(new PostApproved(Id, ClientId, ContentVersion) { AgencyId = AgencyId, OccurredAtUtc = nowUtc });
        }
    }

    private void Raise(IntegrationEvent integrationEvent) => _events.Add(integrationEvent);
}
