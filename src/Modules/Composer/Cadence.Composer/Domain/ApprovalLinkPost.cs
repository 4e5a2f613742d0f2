namespace Cadence.Composer.Domain;

internal sealed class ApprovalLinkPost
{
    public Guid ApprovalLinkId { get; init; }

    public Guid PostId { get; init; }
}
