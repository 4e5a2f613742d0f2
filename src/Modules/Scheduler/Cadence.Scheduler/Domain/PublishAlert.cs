using Cadence.BuildingBlocks.Infrastructure.Persistence;

namespace Cadence.Scheduler.Domain;

/// <summary>
/// An in-app notice that publishing needs a person: a post failed, missed its time or is held, or the dispatcher is in
/// trouble. Read state is the agency's, not each member's: once someone has looked, it is no longer news.
/// </summary>
internal sealed class PublishAlert : IAgencyOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid AgencyId { get; init; }

    /// <summary>Null for alerts about the dispatcher, which concern every client.</summary>
    public Guid? ClientId { get; init; }

    public Guid? PostId { get; init; }

    public Guid? InstagramAccountId { get; init; }

    public PublishAlertKind Kind { get; init; }

    public required string Message { get; init; }

    public DateTime CreatedAtUtc { get; init; }

    public DateTime? ReadAtUtc { get; set; }

    public Guid? ReadByUserId { get; set; }
}
