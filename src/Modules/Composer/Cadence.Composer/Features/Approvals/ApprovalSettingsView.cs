using Cadence.Accounts.Contracts.Agencies;
using Cadence.Accounts.Contracts.Clients;

namespace Cadence.Composer.Features.Approvals;

/// <summary>A client's approval settings with the members who could be named reviewers (those who cannot approve anyway).</summary>
internal sealed record ApprovalSettingsView(
    ClientSummary Client, bool RequireTeamApproval, bool RequireClientApproval, IReadOnlyList<Guid> ReviewerUserIds, IReadOnlyList<AgencyMember> Candidates);

internal sealed record SaveApprovalSettingsRequest(Guid ClientId, bool RequireTeamApproval, bool RequireClientApproval, IReadOnlyCollection<Guid> ReviewerUserIds);

internal sealed record ClientApprovalLine(Guid ClientId, string ClientName, bool RequireTeamApproval, bool RequireClientApproval, int ReviewerCount)
{
    public string Summary => (RequireTeamApproval, RequireClientApproval) switch
    {
        (true, true) => "Team and client",
        (true, false) => "Team",
        (false, true) => "Client",
        _ => "No approval needed",
    };
}
