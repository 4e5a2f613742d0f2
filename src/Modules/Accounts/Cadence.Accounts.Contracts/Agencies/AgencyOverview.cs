namespace Cadence.Accounts.Contracts.Agencies;

/// <summary>How far an agency has come in setting up: what the dashboard's next steps are drawn from.</summary>
public sealed record AgencyOverview(
    string AgencyName, int MemberCount, int PendingInvitationCount, int ActiveClientCount, int ConnectedAccountCount, int AccountsNeedingAttentionCount);
