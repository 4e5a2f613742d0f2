using Cadence.BuildingBlocks.Infrastructure.Persistence;

namespace Cadence.Composer.Domain;

/// <summary>How a client's posts are approved. A client without a row needs no approval.</summary>
internal sealed class ClientComposerSettings : IAgencyOwned
{
    public Guid ClientId { get; init; }

    public Guid AgencyId { get; init; }

    public bool RequireTeamApproval { get; set; }

    public bool RequireClientApproval { get; set; }

    /// <summary>Members who may approve this client's posts besides Admins and Owners.</summary>
    public List<Guid> ReviewerUserIds { get; set; } = [];

    public ApprovalPolicy Policy => new(RequireTeamApproval, RequireClientApproval);
}
