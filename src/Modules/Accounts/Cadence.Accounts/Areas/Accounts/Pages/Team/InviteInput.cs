using Cadence.Accounts.Features.Invitations;
using Cadence.BuildingBlocks.Tenancy;

namespace Cadence.Accounts.Areas.Accounts.Pages.Team;

/// <summary>The invite form; the use case checks it, so nothing here is marked required.</summary>
internal sealed class InviteInput
{
    public string? Email { get; set; }

    public AgencyRole Role { get; set; } = AgencyRole.Editor;

    public bool RestrictedToClients { get; set; }

    public List<Guid> ClientIds { get; set; } = [];

    public InviteMemberRequest ToRequest() => new(Email, Role, RestrictedToClients, ClientIds);
}
