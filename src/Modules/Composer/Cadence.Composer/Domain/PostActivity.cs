using Cadence.BuildingBlocks.Infrastructure.Persistence;

namespace Cadence.Composer.Domain;

/// <summary>One line of a post's history and audit trail: who did what, when, and what they said.</summary>
internal sealed class PostActivity : IAgencyOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid AgencyId { get; init; }

    public Guid PostId { get; init; }

    public PostActivityKind Kind { get; init; }

    public DateTime AtUtc { get; init; }

    public Guid? ActorUserId { get; init; }

    public required string ActorName { get; init; }

    public string? Comment { get; init; }

    /// <summary>What changed, in words, for edits ("caption, slide 2 alt text").</summary>
    public string? Details { get; init; }

    public int ContentVersion { get; init; }
}
