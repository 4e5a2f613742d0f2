using Cadence.Accounts.Data;
using Cadence.BuildingBlocks.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Accounts.Features.Invitations;

/// <summary>Who is looking at an invitation decides what accepting it means for them.</summary>
internal enum InvitationAudience
{
    NewPerson,
    ExistingAccount,
    SignedInAsInvitee,
    SignedInAsSomeoneElse,
}

/// <summary>What the accept page shows; the agency, email and role are only filled in while the invitation is open.</summary>
internal sealed record InvitationOffer(
    InvitationState State, string AgencyName, string Email, AgencyRole Role, InvitationAudience Audience, bool AlreadyMember);

internal sealed class FindInvitation(AccountsDbContext db, TimeProvider clock)
{
    public async Task<InvitationOffer> HandleAsync(string? token, Guid? signedInUserId, CancellationToken cancellationToken)
    {
        var invitation = await db.FindByTokenAsync(token, cancellationToken);
        var state = InvitationStates.Of(invitation, clock.GetUtcNow().UtcDateTime);
        if (invitation is null || state != InvitationState.Open)
        {
            return new InvitationOffer(state, string.Empty, string.Empty, AgencyRole.Viewer, InvitationAudience.NewPerson, AlreadyMember: false);
        }

        var agencyName = await db.AgencyNameAsync(invitation.AgencyId, cancellationToken);
        var invitee = await db.Users.Where(u => u.NormalizedEmail == invitation.NormalizedEmail).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(cancellationToken);
        var audience = (signedInUserId, invitee) switch
        {
            (null, null) => InvitationAudience.NewPerson,
            (null, _) => InvitationAudience.ExistingAccount,
            var (user, _) when user == invitee => InvitationAudience.SignedInAsInvitee,
            _ => InvitationAudience.SignedInAsSomeoneElse,
        };
        var alreadyMember = invitee is { } inviteeId && await db.Memberships.IgnoreQueryFilters()
            .AnyAsync(m => m.AgencyId == invitation.AgencyId && m.UserId == inviteeId, cancellationToken);
        return new InvitationOffer(state, agencyName, invitation.Email, invitation.Role, audience, alreadyMember);
    }
}
