namespace Cadence.BuildingBlocks.Authorization;

/// <summary>The policy names every module authorizes with. A page or endpoint names one; roles grant them.</summary>
public static class Permission
{
    public const string ViewContent = "cadence.view";
    public const string EditContent = "cadence.edit";
    public const string ApproveContent = "cadence.approve";
    public const string ManageClients = "cadence.clients.manage";
    public const string ManageInstagramAccounts = "cadence.instagram.manage";
    public const string ManageTeam = "cadence.team.manage";
    public const string ManageAgency = "cadence.agency.manage";

    public static IReadOnlyList<string> All { get; } = [ViewContent, EditContent, ApproveContent, ManageClients, ManageInstagramAccounts, ManageTeam, ManageAgency];
}
