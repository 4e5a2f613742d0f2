using Cadence.Accounts.Domain;
using Cadence.BuildingBlocks.Results;

namespace Cadence.Accounts.Features.Invitations;

internal enum InvitationState
{
    Unknown,
    Open,
    Expired,
    Revoked,
    Accepted,
}

internal static class InvitationStates
{
    public static InvitationState Of(Invitation? invitation, DateTime nowUtc) => invitation switch
    {
        null => InvitationState.Unknown,
        { AcceptedAtUtc: not null } => InvitationState.Accepted,
        { RevokedAtUtc: not null } => InvitationState.Revoked,
        _ when invitation.ExpiresAtUtc <= nowUtc => InvitationState.Expired,
        _ => InvitationState.Open,
    };

    public static string Explain(InvitationState state) => state switch
    {
        InvitationState.Expired => "This invitation has expired. Ask the person who invited you to send a new one.",
        InvitationState.Revoked => "This invitation was withdrawn, or replaced by a newer one. Use the link in the most recent invitation email.",
        InvitationState.Accepted => "This invitation has already been accepted. Sign in to continue.",
        InvitationState.Open => "This invitation is waiting to be accepted.",
        _ => "This invitation link is not valid. Check that you opened the whole link from the email, or ask for a new invitation.",
    };

    public static Error Refusal(InvitationState state) => new("gone", Explain(state));
}
