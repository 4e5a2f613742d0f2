namespace Cadence.Composer.Domain;

/// <summary>Whose approval a client's posts need before they may be scheduled.</summary>
internal sealed record ApprovalPolicy(bool RequireTeamApproval, bool RequireClientApproval)
{
    public static readonly ApprovalPolicy None = new(false, false);

    public bool RequiresApproval => RequireTeamApproval || RequireClientApproval;
}
