using Cadence.BuildingBlocks.Infrastructure.Persistence;

namespace Cadence.Scheduler.Domain;

/// <summary>
/// Publishing one scheduled post to one Instagram account: the unit a dispatcher claims with a lease, and whose every
/// container id and publish attempt is recorded before the next step, so a crash can be reconciled, never repeated.
/// </summary>
internal sealed class PublishTarget : IAgencyOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid AgencyId { get; init; }

    public Guid ScheduledPostId { get; init; }

    public Guid InstagramAccountId { get; init; }

    /// <summary>Copied from the scheduled post so due work is found with one index.</summary>
    public DateTime DueAtUtc { get; set; }

    public TargetState State { get; set; }

    /// <summary>When the dispatcher should look at it next (backoff, quota window, container polling).</summary>
    public DateTime NextAttemptAtUtc { get; set; }

    public int Attempts { get; set; }

    /// <summary>The dispatcher holding the item, and until when; another may take it only after the lease ends.</summary>
    public string? LeaseOwner { get; set; }

    public DateTime? LeaseExpiresAtUtc { get; set; }

    /// <summary>Carousel children in order, then the container that is published.</summary>
    public List<string> ChildContainerIds { get; set; } = [];

    public string? ContainerId { get; set; }

    public int? PreparedContentVersion { get; set; }

    public DateTime? PreparedAtUtc { get; set; }

    public DateTime? PublishAttemptedAtUtc { get; set; }

    public string? MediaId { get; set; }

    public string? Permalink { get; set; }

    public DateTime? PublishedAtUtc { get; set; }

    public string? Problem { get; set; }

    /// <summary>Published, and its first comment not yet settled: a crash before it is claimed again to finish it, once.</summary>
    public bool FirstCommentPending { get; set; }

    /// <summary>When the checks before publishing last ran; null until they have run for the current booking.</summary>
    public DateTime? CheckedAtUtc { get; set; }

    /// <summary>What the last checks found, in words for people; empty when everything passed. Warns, never blocks.</summary>
    public List<string> CheckProblems { get; set; } = [];

    public bool IsFinal => State is TargetState.Published or TargetState.Failed or TargetState.Missed or TargetState.Cancelled;
}
