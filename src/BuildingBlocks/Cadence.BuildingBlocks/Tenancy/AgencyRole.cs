namespace Cadence.BuildingBlocks.Tenancy;

/// <summary>What a member of an agency is; what each role may do is in <see cref="Authorization.RolePermissions"/>.</summary>
public enum AgencyRole
{
    Viewer = 0,
    Editor = 1,
    Admin = 2,
    Owner = 3,
}
