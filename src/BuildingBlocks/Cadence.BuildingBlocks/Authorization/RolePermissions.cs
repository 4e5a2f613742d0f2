using Cadence.BuildingBlocks.Tenancy;

namespace Cadence.BuildingBlocks.Authorization;

/// <summary>Which role holds which permission: the one place this is decided.</summary>
public static class RolePermissions
{
    public static bool Grants(AgencyRole role, string permission) => permission switch
    {
        Permission.ViewContent => true,
        Permission.EditContent => role >= AgencyRole.Editor,
        Permission.ApproveContent => role >= AgencyRole.Admin,
        Permission.ManageClients => role >= AgencyRole.Admin,
        Permission.ManageInstagramAccounts => role >= AgencyRole.Admin,
        Permission.ManageTeam => role >= AgencyRole.Admin,
        Permission.ManageAgency => role == AgencyRole.Owner,
        _ => false,
    };
}
