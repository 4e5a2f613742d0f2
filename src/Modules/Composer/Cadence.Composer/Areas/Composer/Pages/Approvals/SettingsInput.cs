namespace Cadence.Composer.Areas.Composer.Pages.Approvals;

internal sealed class SettingsInput
{
    public bool RequireTeamApproval { get; set; }

    public bool RequireClientApproval { get; set; }

    public List<Guid> ReviewerUserIds { get; set; } = [];
}
