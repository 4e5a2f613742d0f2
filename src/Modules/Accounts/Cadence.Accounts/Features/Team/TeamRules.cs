using Cadence.BuildingBlocks.Authorization;
using Cadence.BuildingBlocks.Results;
using Cadence.BuildingBlocks.Tenancy;

namespace Cadence.Accounts.Features.Team;

/// <summary>Who may change whom: Admins manage everyone but Owners; only an Owner grants, changes or removes the Owner role.</summary>
internal static class TeamRules
{
    public static readonly Error NotAllowed = Error.Forbidden("Only an Owner or Admin can change the team.");

    public static readonly Error LastOwner = Error.Conflict("An agency needs at least one Owner: make someone else an Owner first.");

    public static bool CanManageTeam(ICurrentAgency actor) =>
        actor.AgencyId is not null && actor.Role is { } role && RolePermissions.Grants(role, Permission.ManageTeam);

    public static bool MayHandleRole(ICurrentAgency actor, AgencyRole role) =>
        CanManageTeam(actor) && (role != AgencyRole.Owner || actor.Role == AgencyRole.Owner);

    public static Error OwnersOnly(string action, string? field = null) =>
        new("forbidden", $"Only an Owner can {action}.", field);
}
