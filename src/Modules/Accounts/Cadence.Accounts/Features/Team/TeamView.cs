using Cadence.BuildingBlocks.Tenancy;

namespace Cadence.Accounts.Features.Team;

internal sealed record TeamView(
    IReadOnlyList<TeamMember> Members,
    IReadOnlyList<PendingInvitation> Invitations,
    IReadOnlyList<ClientOption> ActiveClients);

/// <summary>A member as the team table shows them; <paramref name="ClientNames"/> is null when they see every client.</summary>
internal sealed record TeamMember(Guid Id, Guid UserId, string DisplayName, string Email, AgencyRole Role, IReadOnlyList<string>? ClientNames);

internal sealed record PendingInvitation(Guid Id, string Email, AgencyRole Role, DateTime ExpiresAtUtc, IReadOnlyList<string>? ClientNames);

internal sealed record ClientOption(Guid Id, string Name);
